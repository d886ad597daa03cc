extension TelemetryParser {
    /// The format a whole input is in, as parsing it finds (OpenMetrics syntax may show only after the
    /// sniffed start); nil for binary data or an empty input.
    ///
    /// - Complexity: one streaming parse that reads no labels and keeps nothing.
    package static func format(of bytes: [UInt8]) -> TelemetryFormat? {
        var parser = TelemetryParser(options: ParseOptions(maxReportedIssues: 0))
        var nothing = FormatOnly()
        bytes.withUnsafeBytes { parser.feed($0, into: &nothing) }
        parser.finish(into: &nothing)
        return parser.binaryOffset == nil ? parser.format : nil
    }

    /// A consumer that keeps nothing and wants no labels.
    private struct FormatOnly: SampleConsumer {
        mutating func consume(_ sample: SampleView) {}
        mutating func wantsLabels(of name: UnsafeBufferPointer<UInt8>) -> Bool { false }
    }
}
