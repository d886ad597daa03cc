import CNcursesw
import Glibc
import MeshtopDashboard
import Testing

@testable import MeshtopTerminal

/// Real ncurses without a terminal: newterm on /dev/null, draw, and read the virtual screen back.
@MainActor
@Suite(.serialized)
struct NcursesHeadlessTests {
    func open(_ type: String, allowColor: Bool = true, noColor: Bool = false) throws -> NcursesTerminal {
        // swift test itself may export NO_COLOR; each test states what it wants.
        if noColor { setenv("NO_COLOR", "1", 1) } else { unsetenv("NO_COLOR") }
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        setenv("LANG", "C.UTF-8", 1)
        setenv("LC_ALL", "C.UTF-8", 1)
        let terminal = try NcursesTerminal(
            terminalType: type,
            output: output,
            input: input,
            allowColor: allowColor,
            mouse: false
        )
        terminal.resize(width: 40, height: 10)
        return terminal
    }

    func text(row: Int32, width: Int32 = 40) -> String {
        var buffer = [wchar_t](repeating: 0, count: Int(width) + 1)
        let count = mvinnwstr(row, 0, &buffer, width)
        let scalars = buffer.prefix(Int(max(0, count))).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return String(String.UnicodeScalarView(scalars))
    }

    func sampleGrid() -> CellGrid {
        var grid = CellGrid(width: 40, height: 10)
        grid.write("┌─ mTLS ✔ 表示 ─┐", x: 0, y: 1, role: .mtls)
        grid.write("plain\u{1B}[2J", x: 0, y: 2, role: .plaintext, attributes: .reverse)
        return grid
    }

    @Test func drawsUnicodeTextAndWideCharactersThroughTheGrid() throws {
        let terminal = try open("xterm-256color")
        defer { terminal.close() }
        #expect(terminal.size == (40, 10))
        #expect(terminal.supportsUnicode)
        terminal.draw(sampleGrid(), theme: .builtinDefault)
        #expect(text(row: 1).hasPrefix("┌─ mTLS ✔ 表示 ─┐"))
        #expect(text(row: 2).hasPrefix("plain␛[2J"))
    }

    @Test func rolesBecomeColourPairsAndAttributes() throws {
        let terminal = try open("xterm-256color")
        defer { terminal.close() }
        #expect(terminal.colorDepth == .indexed256)
        terminal.draw(sampleGrid(), theme: .builtinDefault)
        #expect(cnc_cell_pair(1, 0) > 0)
        #expect(cnc_cell_pair(1, 0) != cnc_cell_pair(2, 0))
        #expect(cnc_cell_attributes(2, 0) & cnc_a_reverse() != 0)
        #expect(cnc_cell_attributes(2, 0) & cnc_a_bold() != 0)
    }

    @Test func eightColourTerminalsAndNoColorDegradeWithoutFailing() throws {
        let eight = try open("xterm")
        #expect(eight.colorDepth == .ansi8)
        eight.draw(sampleGrid(), theme: .builtinDefault)
        #expect(text(row: 1).hasPrefix("┌─ mTLS"))
        eight.close()
        let mono = try open("xterm-256color", allowColor: false)
        defer { mono.close() }
        #expect(mono.colorDepth == .monochrome)
        mono.draw(sampleGrid(), theme: .builtinDefault)
        #expect(cnc_cell_pair(1, 0) == 0)
        #expect(cnc_cell_attributes(2, 0) & cnc_a_reverse() != 0)
    }

    @Test func noColorEnvironmentVariableTurnsColourOff() throws {
        let terminal = try open("xterm-256color", noColor: true)
        defer { terminal.close() }
        #expect(terminal.colorDepth == .monochrome)
    }

    @Test func unknownTerminalTypeIsAnErrorNotAnExit() throws {
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        #expect(throws: NcursesTerminal.OpenError.self) {
            _ = try NcursesTerminal(terminalType: "no-such-terminal-type", output: output, input: input)
        }
    }

    @Test func onlyChangedRowsAreRedrawn() throws {
        let terminal = try open("xterm-256color")
        defer { terminal.close() }
        terminal.draw(sampleGrid(), theme: .builtinDefault)
        // Scribble on a row behind the terminal's back: an unchanged grid must not repaint it.
        mvaddstr(1, 0, "XXXX")
        terminal.draw(sampleGrid(), theme: .builtinDefault)
        #expect(text(row: 1).hasPrefix("XXXX"))
        terminal.draw(sampleGrid(), theme: Theme(name: "other", roles: [:]))
        #expect(text(row: 1).hasPrefix("┌─ mTLS"))
    }
}

struct NcursesMappingTests {
    @Test func controlCharactersMapToKeys() {
        #expect(NcursesTerminal.key(forCharacter: 10) == .enter)
        #expect(NcursesTerminal.key(forCharacter: 27) == .escape)
        #expect(NcursesTerminal.key(forCharacter: 127) == .backspace)
        #expect(NcursesTerminal.key(forCharacter: 6) == .control("f"))
        #expect(NcursesTerminal.key(forCharacter: 0x8868) == .character("表"))
        #expect(NcursesTerminal.key(forCode: KEY_UP) == .up)
        #expect(NcursesTerminal.key(forCode: KEY_NPAGE) == .pageDown)
        #expect(NcursesTerminal.key(forCode: KEY_F0 + 1) == .function(1))
    }

    @Test func rgbMapsToTheNearestPaletteEntry() {
        #expect(ColorPalette.nearestIndexed((255, 0, 0)) == 196)
        #expect(ColorPalette.nearestIndexed((128, 128, 128)) == 244)
        #expect(ColorPalette(depth: .ansi8, maximumPairs: 64).index(of: .rgb(250, 10, 10)) == 1)
        #expect(ColorPalette(depth: .ansi16, maximumPairs: 256).index(of: .ansi(9)) == 9)
        #expect(ColorPalette(depth: .ansi8, maximumPairs: 64).index(of: .ansi(9)) == 1)
        #expect(ColorPalette(depth: .indexed256, maximumPairs: 256).index(of: .terminalDefault) == -1)
    }
}
