/// Runs the dashboard on any `Terminal`: draw when something changed, wait for input, reduce.
///
/// The executable drives ncurses with it and tests drive an `InMemoryTerminal`, so the loop's
/// behaviour (coalescing queued input, redrawing on resize, forwarding requests) is tested too.
package struct DashboardDriver {
    /// The dashboard's state.
    package var state: AppState
    /// The theme frames are drawn with.
    package var theme: Theme
    private var needsDraw = true

    /// Creates a driver.
    package init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    /// Whether the user asked to quit.
    package var isFinished: Bool { state.shouldQuit }

    /// Applies an event that did not come from the terminal: a model, a tick, a time status.
    package mutating func receive(_ event: AppEvent) {
        state.apply(event)
        needsDraw = true
    }

    /// Switches the theme and redraws.
    package mutating func use(_ newTheme: Theme) {
        theme = newTheme
        state.themeName = newTheme.name
        needsDraw = true
    }

    /// Draws if needed, waits up to `timeoutMilliseconds` for input, then applies all queued input.
    /// - Returns: the side effects the reducer asked for, oldest first.
    package mutating func step(on terminal: some Terminal, timeoutMilliseconds: Int) -> [AppRequest] {
        if needsDraw {
            let shown = terminal.colorDepth == .monochrome ? theme.monochrome : theme
            terminal.draw(DashboardRenderer.render(state), theme: shown)
            needsDraw = false
        }
        var event = terminal.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
        while let current = event {
            state.apply(Self.appEvent(for: current))
            needsDraw = true
            event = state.shouldQuit ? nil : terminal.nextEvent(timeoutMilliseconds: 0)
        }
        let requests = state.requests
        state.requests.removeAll()
        return requests
    }

    private static func appEvent(for event: TerminalEvent) -> AppEvent {
        switch event {
        case .key(let key): return .key(key)
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .click(let x, let y): return .click(x: x, y: y)
        case .scroll(let lines): return .scroll(lines: lines)
        }
    }
}
