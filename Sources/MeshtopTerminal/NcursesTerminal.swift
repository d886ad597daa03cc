import CNcursesw
import Glibc
import MeshtopDashboard

/// The `Terminal` backed by ncursesw: the only place that talks to ncurses.
///
/// Create it on the thread that will use it and keep every call there. `close()` restores the
/// terminal; the main loop calls it on quit and on SIGINT/SIGTERM/SIGHUP (see `quitRequested`),
/// and crash signals restore the terminal before the process dies.
package final class NcursesTerminal: Terminal {
    /// Why the terminal could not be opened.
    package struct OpenError: Error, CustomStringConvertible {
        /// What went wrong.
        package var description: String
    }

    private let screen: OpaquePointer
    private var isOpen = true
    private var previous: CellGrid?
    private var previousTheme: Theme?
    private var palette: ColorPalette

    /// The colour depth in use after `NO_COLOR`, `--no-color` and the terminal's own limits.
    package let colorDepth: ColorDepth
    /// Whether the locale's character set is UTF-8.
    package let supportsUnicode: Bool

    /// Opens ncurses on a terminal.
    /// - Parameters:
    ///   - terminalType: the `TERM` to use; nil reads `TERM` from the environment.
    ///   - output: where to draw; nil is standard output.
    ///   - input: where to read keys; nil is standard input.
    ///   - allowColor: false forces monochrome (`--no-color`); a non-empty `NO_COLOR` does the same.
    ///   - mouse: whether to ask for mouse clicks.
    /// - Throws: `OpenError` when the terminal type is unknown.
    package init(
        terminalType: String? = nil,
        output: UnsafeMutablePointer<FILE>? = nil,
        input: UnsafeMutablePointer<FILE>? = nil,
        allowColor: Bool = true,
        mouse: Bool = true
    ) throws {
        setlocale(LC_ALL, "")
        supportsUnicode = NcursesTerminal.localeIsUTF8()
        // ncurses prefers LINES/COLUMNS over the real size; a leaked pair would freeze the layout.
        // (use_env(false) is no cure: it falls back to terminfo's fixed 80x24, not the tty size.)
        unsetenv("LINES")
        unsetenv("COLUMNS")
        NcursesTerminal.unblockWindowChange()
        let out = output ?? cnc_stdout()
        let input = input ?? cnc_stdin()
        let opened: OpaquePointer?
        if let terminalType {
            opened = terminalType.withCString { newterm($0, out, input) }
        } else {
            opened = newterm(nil, out, input)
        }
        guard let opened else {
            let name = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "(TERM not set)"
            throw OpenError(description: "cannot open terminal type '\(name)'")
        }
        screen = opened
        cbreak()
        // cbreak keeps the tty's XON/XOFF flow control, so Ctrl-S would freeze the screen instead of
        // reaching the keys (export); turn it off for the program's mode only (endwin restores the shell's).
        Self.disableFlowControl(fileno(input))
        noecho()
        keypad(cnc_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        var depth = ColorDepth.monochrome
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if allowColor, !noColor, has_colors() {
            start_color()
            use_default_colors()
            let colors = cnc_colors()
            depth = colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : colors >= 8 ? .ansi8 : .monochrome
        }
        colorDepth = depth
        palette = ColorPalette(depth: depth, maximumPairs: Int(cnc_color_pairs()))
        if mouse { mousemask(cnc_mouse_events(), nil) }
        // Signal handlers are process-wide: install them only for the real terminal, not headless use.
        if output == nil { SignalGuard.install() }
    }

    deinit { close() }

    /// The size ncurses currently knows.
    package var size: (width: Int, height: Int) {
        (Int(cnc_getmaxx(cnc_stdscr())), Int(cnc_getmaxy(cnc_stdscr())))
    }

    /// Whether SIGINT, SIGTERM or SIGHUP arrived: the main loop should quit and `close()`.
    package var quitRequested: Bool { SignalGuard.quitRequested }

    /// The signal that asked to quit, or nil: a command it ended exits 128 plus its number, as a shell
    /// reports a process the signal killed.
    package var quitSignal: Int32? {
        let number = SignalGuard.requestingSignal
        return number == 0 ? nil : number
    }

    /// Restores the terminal; safe to call more than once.
    package func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(screen)
    }

    /// Sets the size ncurses assumes, for headless use where no terminal reports one.
    package func resize(width: Int, height: Int) {
        resizeterm(Int32(height), Int32(width))
        previous = nil
    }

    /// Draws the rows of `grid` that changed since the last frame.
    package func draw(_ grid: CellGrid, theme: Theme) {
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        let themeChanged = previousTheme != theme
        if full || themeChanged { erase() }
        for y in 0..<grid.height {
            let range = (y * grid.width)..<((y + 1) * grid.width)
            if !full, !themeChanged, let previous, previous.cells[range] == grid.cells[range] { continue }
            drawRow(grid.cells[range], y: y, theme: theme)
        }
        previous = grid
        previousTheme = theme
        refresh()
    }

    /// Draws one row as runs of equally styled cells; continuation cells of wide graphemes are skipped, and
    /// a run ends after a wide or multi-scalar cell.
    private func drawRow(_ row: ArraySlice<Cell>, y: Int, theme: Theme) {
        var runStart = 0
        var text = ""
        var style: (role: StyleRole, attributes: TextAttributes)?
        func flush() {
            guard let current = style, !text.isEmpty else { return }
            let (attributes, pair) = palette.attributes(for: theme.style(for: current.role), adding: current.attributes)
            cnc_attr_set(attributes, Int32(pair))
            mvaddstr(Int32(y), Int32(runStart), text)
            text = ""
        }
        var placeNext = false
        for (x, cell) in row.enumerated() where !cell.isContinuation {
            if placeNext || style.map({ $0.role != cell.role || $0.attributes != cell.attributes }) ?? true {
                flush()
                style = (cell.role, cell.attributes)
                runStart = x
            }
            text += cell.symbol
            // ncurses measures text itself; after a wide or multi-scalar cell the next one is placed at its own
            // column, so that a width the terminal sees differently cannot shift the rest of the row.
            placeNext = cell.width == 2 || cell.symbol.unicodeScalars.count > 1
        }
        flush()
    }

    /// Waits up to `timeoutMilliseconds` for a key, a resize or a click.
    package func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        timeout(Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let status = wget_wch(cnc_stdscr(), &character)
        if status == ERR { return nil }
        if status == KEY_CODE_YES {
            return functionKeyEvent(Int32(character))
        }
        return Self.key(forCharacter: UInt32(character)).map(TerminalEvent.key)
    }

    private func functionKeyEvent(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_RESIZE:
            previous = nil
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let wheel = cnc_wheel_direction(event.bstate)
            if wheel != 0 { return .scroll(lines: 3 * Int(wheel)) }
            return .click(x: Int(event.x), y: Int(event.y))
        default:
            return Self.key(forCode: code).map(TerminalEvent.key)
        }
    }

    private static func disableFlowControl(_ descriptor: Int32) {
        var settings = termios()
        guard descriptor >= 0, tcgetattr(descriptor, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        guard tcsetattr(descriptor, TCSANOW, &settings) == 0 else { return }
        def_prog_mode()
    }

    /// Adopts the user's locale (`setlocale(LC_ALL, "")`) and says whether it is UTF-8.
    package static func prepareLocale() -> Bool {
        setlocale(LC_ALL, "")
        return localeIsUTF8()
    }

    /// Whether the current locale's character set is UTF-8 (call after `setlocale`).
    package static func localeIsUTF8() -> Bool {
        let codeset = String(cString: cnc_codeset()).uppercased().filter { $0 != "-" && $0 != "_" }
        return codeset == "UTF8"
    }

    private static func unblockWindowChange() {
        // Threads started by test runners may block SIGWINCH; ncurses needs it for KEY_RESIZE.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
