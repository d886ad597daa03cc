import MeshtopDashboard
import MeshtopTelemetry
import Testing

/// Text in the cell grid goes through the one terminal-safe rule, in its cell form.
struct CellGridTextSafetyTests {
    @Test func escapeSequencesBecomeVisiblePictures() {
        #expect(TerminalSafeText.escape("a\u{1B}[31mb", form: .cells) == "a␛[31mb")
        #expect(TerminalSafeText.escape("bell\u{7}\r\n\u{7F}", form: .cells) == "bell␇␍␊␡")
    }

    @Test func asciiModeWritesControlsAsEscapesAndReplacesNonASCII() {
        #expect(TerminalSafeText.escape("a\u{1B}b", form: .asciiCells) == "a\\u{1b}b")
        #expect(TerminalSafeText.escape("表✔", form: .asciiCells) == "??")
    }

    @Test func c1ControlsAndBidiOverridesAreSpelledOut() {
        #expect(TerminalSafeText.escape("x\u{9B}31m", form: .cells) == "x\\u{9b}31m")
        #expect(TerminalSafeText.escape("evil\u{202E}txt", form: .cells) == "evil\\u{202e}txt")
    }

    @Test func printableTextIsUnchanged() {
        let text = "payments/api 表示 ✔ café"
        #expect(TerminalSafeText.escape(text, form: .cells) == text)
    }

    @Test func gridNeverStoresAControlCharacter() {
        var grid = CellGrid(width: 30, height: 1)
        grid.write("x\u{1B}]0;pwned\u{7}\u{9B}2J", x: 0, y: 0)
        let scalars = grid.cells.flatMap { $0.symbol.unicodeScalars }
        #expect(!scalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(grid.plainText().hasPrefix("x␛]0;pwned␇\\u{9b}2J"))
    }
}

struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("─", 1), ("表", 2), ("✔", 1), ("🙂", 2), ("e\u{301}", 1), ("👍🏽", 2), ("❤️", 2), ("🇩🇪", 2), ("한", 2),
    ])
    func graphemeWidths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func wideCharactersKeepColumnsAligned() {
        var grid = CellGrid(width: 6, height: 2)
        grid.write("表示ab", x: 0, y: 0)
        grid.write("abcdef", x: 0, y: 1)
        #expect(grid.lines() == ["表示ab", "abcdef"])
        #expect(grid[1, 0].isContinuation)
    }

    @Test func wideCharacterThatDoesNotFitIsReplacedByAnEllipsis() {
        var grid = CellGrid(width: 5, height: 1)
        let used = grid.write("ab表示", x: 0, y: 0, maxWidth: 3)
        #expect(used == 2)
        #expect(grid.lines() == ["ab…  "])
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(width: 4, height: 1)
        grid.write("表表", x: 0, y: 0)
        grid.write("x", x: 1, y: 0)
        #expect(grid.lines() == [" x表"])
    }
}
