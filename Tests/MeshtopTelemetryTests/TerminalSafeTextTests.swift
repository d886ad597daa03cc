import MeshtopTelemetry
import Testing

struct TerminalSafeTextTests {
    @Test(arguments: [
        ("payments/api", "payments/api"),
        ("\u{1B}[2J\u{1B}]0;owned\u{07}", "\\u{1b}[2J\\u{1b}]0;owned\\u{7}"),
        ("line\nbreak\ttab", "line\\u{a}break\\u{9}tab"),
        ("c1 \u{9B}31m", "c1 \\u{9b}31m"),
        ("wide 表 and ✔ stay", "wide 表 and ✔ stay"),
    ])
    func controlCharactersBecomeVisibleEscapes(text: String, expected: String) {
        #expect(TerminalSafeText.escape(text) == expected)
    }

    @Test(arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x9B, 0x7F, 0x2028])
    func bidiControlsAndC1AreEscapedInEveryForm(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let text = "evil" + String(Character(scalar)) + "txt"
        for form in [TerminalSafeText.Form.escapes, .cells, .asciiCells] {
            let shown = TerminalSafeText.escape(text, form: form)
            #expect(!shown.unicodeScalars.contains(scalar))
        }
        #expect(TerminalSafeText.escape(text) == "evil\\u{\(String(value, radix: 16))}txt")
    }

    @Test func zeroWidthJoinersAndCombiningMarksAreNotControls() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} e\u{301}"
        #expect(TerminalSafeText.escape(family) == family)
    }

    @Test func unsafeScalarsAreFoundInUTF8() {
        let bytes = Array("a\u{9B}b\u{202E}c\u{E0041}d\u{7F}".utf8)
        let found = bytes.withUnsafeBufferPointer { buffer in
            (0..<buffer.count).compactMap { TerminalSafeText.unsafeScalar(in: buffer, at: $0)?.0 }
        }
        #expect(found == [0x9B, 0x202E, 0xE0041, 0x7F])
    }
}
