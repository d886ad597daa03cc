/// A key press, independent of how a terminal encodes it.
package enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// A control chord such as Ctrl-F, named by its lowercase letter.
    case control(Character)
    /// Arrow keys.
    case up, down, left, right
    /// Paging and jumping keys.
    case pageUp, pageDown, home, end
    /// Editing and navigation keys.
    case enter, escape, backspace, delete, tab, backTab
    /// A function key F1…F12.
    case function(Int)

    /// The key's name as the help overlay shows it.
    package var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let character): return "Ctrl-" + String(character).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .function(let number): return "F\(number)"
        }
    }
}
