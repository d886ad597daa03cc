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

/// A consumer that copies everything it is handed into a ``ParsedDump``.
package struct SampleCollector: SampleConsumer {
    /// The samples so far.
    package private(set) var samples: [Sample] = []
    /// The families so far.
    package private(set) var families: [DeclaredFamily] = []
    /// The issues so far.
    package private(set) var issues: [ParseIssue] = []
    private var familyIndex: [String: Int] = [:]

    /// Creates an empty collector.
    package init() {}

    package mutating func consume(_ sample: SampleView) { samples.append(Sample(sample)) }

    package mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        families[index(of: String(decoding: name, as: UTF8.self))].kind = kind
    }

    package mutating func describe(family name: UnsafeBufferPointer<UInt8>, help: UnsafeBufferPointer<UInt8>) {
        families[index(of: String(decoding: name, as: UTF8.self))].help = String(decoding: help, as: UTF8.self)
    }

    package mutating func report(_ issue: ParseIssue) { issues.append(issue) }

    /// The dump collected, with the counts `parser` kept.
    package func dump(of parser: TelemetryParser) -> ParsedDump {
        ParsedDump(
            format: parser.format,
            samples: samples,
            families: families,
            issues: issues,
            suppressedIssueCount: parser.suppressedIssueCount,
            lineCount: parser.lineCount,
            byteCount: parser.byteCount
        )
    }

    private mutating func index(of name: String) -> Int {
        if let existing = familyIndex[name] { return existing }
        families.append(DeclaredFamily(name: name))
        familyIndex[name] = families.count - 1
        return families.count - 1
    }
}
