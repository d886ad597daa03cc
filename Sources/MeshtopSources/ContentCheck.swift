import MeshtopTelemetry

/// Decides whether a scraped frame is telemetry at all, for the source's health line.
package enum ContentCheck {
    /// A plain-words problem with the frame's content, or nil when it holds at least one sample; a frame with
    /// samples and a source's ``ScrapeFrame/notice`` gives the notice.
    ///
    /// - Complexity: one streaming parse of the frame, keeping nothing but counts.
    package static func problem(in frame: ScrapeFrame) -> String? {
        if frame.bytes.isEmpty { return "empty response" }
        var counter = Counter()
        var parser = TelemetryParser(options: ParseOptions(format: frame.format, maxReportedIssues: 1))
        frame.bytes.withUnsafeBytes { parser.feed($0, into: &counter) }
        parser.finish(into: &counter)
        if let offset = parser.binaryOffset { return NotTelemetryText.reason(offset: offset) }
        guard counter.samples == 0 else { return frame.notice }
        return counter.errors > 0 ? "not a telemetry format" : "no samples"
    }

    private struct Counter: SampleConsumer {
        var samples = 0
        var errors = 0

        mutating func consume(_ sample: SampleView) { samples += 1 }

        mutating func report(_ issue: ParseIssue) {
            if issue.severity == .error { errors += 1 }
        }
    }
}
