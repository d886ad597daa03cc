/// Turns untrusted text into text that is safe to show in a terminal cell.
///
/// Telemetry label values may contain escape sequences; written raw they could move the cursor,
/// change the title or worse. Every string written to a `CellGrid` passes through here, so no
/// caller can forget it: C0 controls and DEL become Control Pictures (`␛`, `␊`, `␡`), C1 controls
/// and invisible bidirectional or format characters become `\x9b` / `<U+202E>` text. In ASCII mode
/// every non-ASCII character becomes `?` and controls become `\x1b` text.
package enum Sanitizer {
    /// The sanitized form of `text`.
    package static func sanitize(_ text: some StringProtocol, ascii: Bool) -> String {
        if isPlainASCII(text) { return String(text) }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            append(scalar, ascii: ascii, to: &output)
        }
        return String(output)
    }

    /// Whether `text` needs no change: printable ASCII only.
    package static func isPlainASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static func append(_ scalar: Unicode.Scalar, ascii: Bool, to output: inout String.UnicodeScalarView) {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F:
            output.append(scalar)
        case 0..<0x20, 0x7F:
            if ascii {
                output.append(contentsOf: hexEscape(value).unicodeScalars)
            } else {
                // U+2400…U+241F picture C0 controls; U+2421 pictures DEL.
                output.append(Unicode.Scalar(value == 0x7F ? 0x2421 : 0x2400 + value) ?? "?")
            }
        case 0x80..<0xA0:
            output.append(contentsOf: hexEscape(value).unicodeScalars)
        default:
            if isInvisibleControl(value) {
                output.append(contentsOf: "<U+\(hex(value, digits: 4))>".unicodeScalars)
            } else if ascii {
                output.append("?")
            } else {
                output.append(scalar)
            }
        }
    }

    /// Bidirectional overrides, isolates, line/paragraph separators and other invisible controls.
    private static func isInvisibleControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF,
            0xFFF9...0xFFFB, 0xE0001, 0xE0020...0xE007F:
            return true
        default:
            return false
        }
    }

    private static func hexEscape(_ value: UInt32) -> String { "\\x" + hex(value, digits: 2) }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: value > 0xFF)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
