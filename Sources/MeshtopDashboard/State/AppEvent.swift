/// Everything that can change the dashboard's state.
package enum AppEvent: Sendable {
    /// A key press.
    case key(Key)
    /// The terminal's new size.
    case resize(width: Int, height: Int)
    /// A new model from the sources.
    case model(DashboardModel)
    /// The clock ticked: the wall time now, in Unix milliseconds, for data age.
    case tick(now: Int64)
    /// A mouse click on a cell.
    case click(x: Int, y: Int)
    /// The mouse wheel turned: negative lines up, positive down.
    case scroll(lines: Int)
    /// The time owner reports where the data now sits.
    case time(TimeStatus)
    /// Show a message in the status bar (results of requests the main loop carried out).
    case message(StatusMessage)
    /// A recording of the live view started, grew or stopped (nil).
    case recording(RecordingStatus?)
}

/// A side effect the reducer asks the main loop to carry out.
package enum AppRequest: Hashable, Sendable {
    /// Forward a time action to the `TimeControl`.
    case time(TimeAction)
    /// Load and switch to a theme by name or path.
    case theme(String)
    /// Start recording the live view, or stop the recording in progress.
    case toggleRecording
    /// Write `contents` to a file named `fileName` in the working directory and say so.
    case export(fileName: String, contents: String)
    /// Put `text` on the clipboard of the terminal (OSC 52, so it works over SSH).
    case copy(String)
}

/// A one-line message in the status bar.
package struct StatusMessage: Hashable, Sendable {
    /// The text.
    package var text: String
    /// Whether it reports an error.
    package var isError: Bool

    /// Creates a message.
    package init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// An open prompt at the bottom of the screen.
package enum Prompt: Hashable, Sendable {
    /// `/` filter being typed.
    case filter(String)
    /// `:` command being typed.
    case command(String)
    /// `b` go-to-time being typed.
    case goToTime(String)

    /// The text typed so far.
    package var text: String {
        switch self {
        case .filter(let text), .command(let text), .goToTime(let text): return text
        }
    }

    /// The prefix shown before the text.
    package var label: String {
        switch self {
        case .filter: return "/"
        case .command: return ":"
        case .goToTime: return "go to time: "
        }
    }

    /// The same prompt with other text.
    package func with(text: String) -> Prompt {
        switch self {
        case .filter: return .filter(text)
        case .command: return .command(text)
        case .goToTime: return .goToTime(text)
        }
    }
}

/// A row filter: a case-insensitive regular expression, optionally inverted with a leading `!`.
package struct RowFilter: Hashable, Sendable {
    /// The pattern without the `!`.
    package var pattern: String
    /// Whether rows that do *not* match are kept.
    package var inverted: Bool

    /// Parses filter text as typed: `!` first inverts; nil for an empty pattern.
    package init?(typed: String) {
        inverted = typed.hasPrefix("!")
        pattern = inverted ? String(typed.dropFirst()) : typed
        if pattern.isEmpty { return nil }
    }

    /// The text as typed, `!` included.
    package var typed: String { (inverted ? "!" : "") + pattern }
}

/// How far ahead the certificate timeline looks.
package enum CertificateHorizon: Int, CaseIterable, Hashable, Sendable {
    /// 24 hours.
    case day
    /// 7 days.
    case week
    /// 30 days.
    case month
    /// 365 days.
    case year

    /// The horizon in seconds.
    package var seconds: Int64 {
        switch self {
        case .day: return 86_400
        case .week: return 7 * 86_400
        case .month: return 30 * 86_400
        case .year: return 365 * 86_400
        }
    }

    /// The label: `24h`, `7d`, `30d`, `1y`.
    package var label: String {
        switch self {
        case .day: return "24h"
        case .week: return "7d"
        case .month: return "30d"
        case .year: return "1y"
        }
    }

    /// The next horizon, wrapping around.
    package var next: CertificateHorizon {
        CertificateHorizon(rawValue: (rawValue + 1) % Self.allCases.count) ?? .day
    }
}
