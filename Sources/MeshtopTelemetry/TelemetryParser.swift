/// Options for ``TelemetryParser``.
package struct ParseOptions: Sendable {
    /// Parse as this format instead of sniffing it from the content.
    package var format: TelemetryFormat?
    /// Longer lines are reported and skipped, so memory stays bounded whatever the input.
    package var maxLineLength: Int
    /// Issues beyond this many are counted but not reported one by one.
    package var maxReportedIssues: Int

    /// Creates options; the defaults suit every real dump seen so far.
    package init(format: TelemetryFormat? = nil, maxLineLength: Int = 1 << 20, maxReportedIssues: Int = 1000) {
        self.format = format
        self.maxLineLength = maxLineLength
        self.maxReportedIssues = maxReportedIssues
    }
}

/// Streams telemetry text of any supported format into a ``SampleConsumer``.
///
/// Feed it chunks of any size (a small reused buffer is fastest); lines split across chunks are carried
/// over. The format is sniffed from the first bytes unless ``ParseOptions/format`` forces one.
package struct TelemetryParser {
    // Implemented by the telemetry core issue.
}
