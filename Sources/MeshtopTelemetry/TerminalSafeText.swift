/// Untrusted text (label values, file names, server messages, arguments) made safe to show on a terminal:
/// the one rule for every text meshtop prints, on a line or in a dashboard cell.
///
/// Unsafe are C0 controls (escape, line breaks, tab), DEL, C1 controls (U+0080–U+009F: U+009B is a
/// one-byte CSI), and invisible characters that reorder or hide text: the bidirectional marks, embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069 and kin), line and paragraph separators, the
/// byte-order mark, interlinear annotations and tag characters. Each is shown as a visible escape; nothing
/// else changes.
package enum TerminalSafeText {
    /// How unsafe characters are shown.
    package enum Form: Sendable {
        /// `\u{1b}` for every unsafe character: lines printed to standard output or standard error.
        case escapes
        /// One cell each for C0 controls and DEL as Control Pictures (`␛`, `␊`, `␡`), `\u{9b}` for the
        /// others: text in the dashboard's cell grid.
        case cells
        /// `\u{1b}` for every unsafe character and `?` for every other non-ASCII one: an ASCII-only grid.
        case asciiCells
    }

    /// `text` with every unsafe character shown as `\u{…}`, so it cannot steer a terminal.
    package static func escape(_ text: String) -> String { escape(text, form: .escapes) }

    /// `text` with every unsafe character shown in `form`.
    package static func escape(_ text: some StringProtocol, form: Form) -> String {
        if isPlainASCII(text) { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if isUnsafe(scalar) {
                if form == .cells, value < 0x20 || value == 0x7F {
                    // U+2400…U+241F picture C0 controls; U+2421 pictures DEL.
                    result.append(Unicode.Scalar(value == 0x7F ? 0x2421 : 0x2400 + value) ?? "?")
                } else {
                    result.append(contentsOf: "\\u{\(String(value, radix: 16))}".unicodeScalars)
                }
            } else if form == .asciiCells, value >= 0x80 {
                result.append("?")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` is printable ASCII only, which needs no change.
    package static func isPlainASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Whether `scalar` must never reach a terminal as it is.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB,
            0xE0001, 0xE0020...0xE007F:
            return true
        default:
            return false
        }
    }

    /// The unsafe scalar encoded at `index` of valid UTF-8 and its length in bytes, or nil when the
    /// character there is safe; for escaping at the byte level (JSON output).
    @inline(__always)
    package static func unsafeScalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let byte = utf8[index]
        if byte < 0x80 { return byte < 0x20 || byte == 0x7F ? (UInt32(byte), 1) : nil }
        // Only these lead bytes start an unsafe scalar: C2 (C1), D8 (U+061C), E2 (U+20xx), EF (U+FEFF,
        // U+FFF9–U+FFFB), F3 (U+E00xx).
        guard byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF || byte == 0xF3 else { return nil }
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        guard index + length <= utf8.count else { return nil }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value), isUnsafe(scalar) else { return nil }
        return (value, length)
    }
}
