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
}
