/// A colour in a theme: the terminal's default, one of the 16 ANSI colours, a 256-colour index, or RGB.
package enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background (ncurses colour -1): keeps transparency.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// An xterm 256-colour palette index.
    case indexed(UInt8)
    /// A 24-bit colour, mapped to the nearest colour the terminal has.
    case rgb(UInt8, UInt8, UInt8)

    /// The ANSI colour names, in palette order.
    package static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, an ANSI name (`red`, `bright-red`), `#rrggbb` or a palette index `0`–`255`.
    package init?(text: String) {
        let name = text.lowercased()
        if name == "default" || name.isEmpty {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: name) {
            self = .ansi(UInt8(index))
        } else if name.hasPrefix("bright-"), let index = Self.ansiNames.firstIndex(of: String(name.dropFirst(7))) {
            self = .ansi(UInt8(index + 8))
        } else if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else if let index = UInt8(name) {
            self = .indexed(index)
        } else {
            return nil
        }
    }

    /// The text form used in theme files.
    package var text: String {
        switch self {
        case .terminalDefault: return "default"
        case .ansi(let index):
            return index < 8 ? Self.ansiNames[Int(index)] : "bright-" + Self.ansiNames[Int(index % 8)]
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}

extension ThemeColor: Codable {
    /// Decodes a colour from its text form or a bare palette index.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let index = try? container.decode(UInt8.self) {
            self = .indexed(index)
            return
        }
        let text = try container.decode(String.self)
        guard let color = ThemeColor(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unknown colour '\(text)' (expected default, a colour name, #rrggbb or 0-255)"
            )
        }
        self = color
    }

    /// Encodes the colour in its text form.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
