/// The keys and `:` commands of the dashboard; the help overlay and the hint bar are generated from it.
package struct KeyMap: Hashable, Sendable {
    /// All bindings, in help order.
    package var bindings: [KeyBinding]

    /// Creates a key map.
    package init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action a key triggers, if any.
    package func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The action a `:` command word triggers, if any.
    package func action(forCommand command: String) -> Action? {
        bindings.first { $0.command == command }?.action
    }

    /// The defaults: k9s navigation, htop/btop table keys, atop/below time keys.
    package static let standard = KeyMap(bindings: navigation + table + screens + time + general)

    private static let navigation: [KeyBinding] = [
        KeyBinding([.up, .character("k")], .moveUp, command: "rowup", "move up", section: "Navigate"),
        KeyBinding([.down, .character("j")], .moveDown, command: "down", "move down", section: "Navigate"),
        KeyBinding([.pageUp, .control("b")], .pageUp, command: "pageup", "page up", section: "Navigate"),
        KeyBinding([.pageDown, .control("f")], .pageDown, command: "pagedown", "page down", section: "Navigate"),
        KeyBinding([.character("g"), .home], .top, command: "top", "first row", section: "Navigate"),
        KeyBinding([.character("G"), .end], .bottom, command: "bottom", "last row", section: "Navigate"),
        KeyBinding(
            [.enter, .right, .character("l")],
            .drillDown,
            command: "open",
            "drill down",
            section: "Navigate",
            hint: KeyHint("open", rank: 1)
        ),
        KeyBinding(
            [.escape, .backspace, .left, .character("h")],
            .up,
            command: "up",
            "up one level",
            section: "Navigate",
            hint: KeyHint("back", rank: 2)
        ),
        KeyBinding([.character("[")], .back, command: "back", "back in history", section: "Navigate"),
        KeyBinding([.character("]")], .forward, command: "forward", "forward in history", section: "Navigate"),
        KeyBinding(
            [.tab],
            .nextPane,
            command: "nextpane",
            "next pane",
            section: "Navigate",
            hint: KeyHint("pane", rank: 6)
        ),
        KeyBinding([.backTab], .previousPane, command: "prevpane", "previous pane", section: "Navigate"),
    ]

    private static let table: [KeyBinding] = [
        KeyBinding(
            [.character("/")],
            .filter,
            command: "filter",
            "filter (regex, ! inverts)",
            section: "Table",
            hint: KeyHint("filter", rank: 3)
        ),
        KeyBinding([.control("u")], .clearFilter, command: "nofilter", "clear the filter", section: "Table"),
        KeyBinding(
            [.character("<")],
            .sortPrevious,
            command: "sortprev",
            "sort by previous column",
            section: "Table",
            hint: KeyHint("sort", rank: 4)
        ),
        KeyBinding(
            [.character(">")],
            .sortNext,
            command: "sortnext",
            "sort by next column",
            section: "Table",
            hint: KeyHint("sort", rank: 4)
        ),
        KeyBinding(
            [.character("r")],
            .reverseSort,
            command: "reverse",
            "reverse the sort",
            section: "Table",
            hint: KeyHint("reverse", rank: 5)
        ),
        KeyBinding([.character("H")], .cycleHorizon, command: "horizon", "cert horizon 24h..1y", section: "Table"),
    ]

    private static let screens: [KeyBinding] = ScreenKind.allCases.map { kind in
        KeyBinding(
            [.character(Character(String(kind.rawValue)))],
            .show(kind),
            command: kind.command,
            "show \(kind.title)",
            section: "Screens",
            hint: KeyHint("screens", rank: 7)
        )
    }

    private static let time: [KeyBinding] = [
        KeyBinding([.character("t")], .time(.stepForward), command: "next", "next sample", section: "Time"),
        KeyBinding([.character("T")], .time(.stepBack), command: "prev", "previous sample", section: "Time"),
        KeyBinding([.character(" ")], .time(.togglePlay), command: "play", "play / pause", section: "Time"),
        KeyBinding([.character("z")], .time(.togglePlay), command: "freeze", "freeze / unfreeze", section: "Time"),
        KeyBinding([.character("b")], .goToTime, command: "goto", "go to time", section: "Time"),
        KeyBinding([.character("+")], .time(.faster), command: "faster", "faster", section: "Time"),
        KeyBinding([.character("-")], .time(.slower), command: "slower", "slower", section: "Time"),
        KeyBinding([.character("R")], .time(.toStart), command: "start", "rewind to start", section: "Time"),
        KeyBinding([.character("E")], .time(.toEnd), command: "end", "jump to end", section: "Time"),
        KeyBinding([.character("{")], .time(.previousAlert), command: "prevalert", "previous alert", section: "Time"),
        KeyBinding([.character("}")], .time(.nextAlert), command: "nextalert", "next alert", section: "Time"),
        KeyBinding(
            [.character("w")],
            .time(.cycleWindow),
            command: "window",
            "rate window 1m/5m/15m/1h",
            section: "Time"
        ),
    ]

    private static let general: [KeyBinding] = [
        KeyBinding([.character("W")], .toggleRecording, command: "record", "record on/off", section: "General"),
        KeyBinding(
            [.character(":")],
            .commandLine,
            command: "cmd",
            "command line",
            section: "General",
            hint: KeyHint("command", rank: 8)
        ),
        KeyBinding([.control("s")], .exportTable, command: "export", "table to a CSV file", section: "General"),
        KeyBinding([.character("y")], .copyRow, command: "copy", "copy the row's name", section: "General"),
        KeyBinding(
            [.character("?"), .function(1)],
            .help,
            command: "help",
            "this help",
            section: "General",
            hint: KeyHint("help", rank: 0)
        ),
        KeyBinding(
            [.character("q"), .control("c"), .function(10)],
            .quit,
            command: "q",
            "quit",
            section: "General",
            hint: KeyHint("quit", rank: 9)
        ),
    ]
}
