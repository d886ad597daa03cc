/// A problem found in telemetry text, located by line and column (both 1-based).
///
/// Parsing never stops at an issue: an `.error` drops the offending line (or sample) and parsing
/// goes on; a `.violation` is accepted but breaks the format's rules (what `promtool` rejects), which
/// only matters in strict mode.
package struct ParseIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad an issue is.
    package enum Severity: String, Sendable, Hashable, Codable {
        /// The line or sample was dropped.
        case error
        /// The input was accepted but breaks the format's specification.
        case violation
    }

    /// 1-based line number in the input.
    package var line: Int
    /// 1-based byte column in the line.
    package var column: Int
    /// What is wrong, in plain words.
    package var reason: String
    /// Whether the line was dropped or only flagged.
    package var severity: Severity

    /// Creates an issue.
    package init(line: Int, column: Int, reason: String, severity: Severity = .error) {
        self.line = line
        self.column = column
        self.reason = reason
        self.severity = severity
    }

    /// `line:col: reason`, to be prefixed with the file name by whoever knows it.
    package var description: String { "\(line):\(column): \(reason)" }

    /// `file:line:col: reason`, the form compilers and `promtool` use.
    package func located(in file: String) -> String { "\(file):\(line):\(column): \(reason)" }
}
