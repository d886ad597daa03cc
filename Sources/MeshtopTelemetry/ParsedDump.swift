/// Everything parsed from one input, owned: for tests, small dumps and `meshtop inspect --format json`.
package struct ParsedDump: Sendable {
    /// The format found (nil for empty input).
    package var format: TelemetryFormat?
    /// Every sample, in input order.
    package var samples: [Sample]
    /// The families announced by `# TYPE`/`# HELP` (or the format's equivalent), in first-seen order.
    package var families: [DeclaredFamily]
    /// The issues reported, in input order (at most ``ParseOptions/maxReportedIssues``).
    package var issues: [ParseIssue]
    /// Issues held back beyond the reporting limit.
    package var suppressedIssueCount: Int
    /// Lines read.
    package var lineCount: Int
    /// Bytes read.
    package var byteCount: Int

    /// The issues that dropped a line or sample.
    package var errors: [ParseIssue] { issues.filter { $0.severity == .error } }
    /// The issues that only break the format's rules.
    package var violations: [ParseIssue] { issues.filter { $0.severity == .violation } }

    /// The first sample called `name`, if any.
    package func first(named name: String) -> Sample? { samples.first { $0.name == name } }
}

/// A family announced by the input.
package struct DeclaredFamily: Sendable, Hashable, Codable {
    /// The family name.
    package var name: String
    /// The declared kind (`.untyped` when only `# HELP` named it).
    package var kind: MetricKind
    /// The unescaped `# HELP` text, if any.
    package var help: String?

    /// Creates a family.
    package init(name: String, kind: MetricKind = .untyped, help: String? = nil) {
        self.name = name
        self.kind = kind
        self.help = help
    }
}
