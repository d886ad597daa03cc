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

    /// Keeps a copy of the sample.
    package mutating func consume(_ sample: SampleView) { samples.append(Sample(sample)) }

    /// Records the family's kind (a later declaration wins).
    package mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        families[index(of: String(decoding: name, as: UTF8.self))].kind = kind
    }

    /// Records the family's help text.
    package mutating func describe(family name: UnsafeBufferPointer<UInt8>, help: UnsafeBufferPointer<UInt8>) {
        families[index(of: String(decoding: name, as: UTF8.self))].help = String(decoding: help, as: UTF8.self)
    }

    /// Keeps the issue.
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
