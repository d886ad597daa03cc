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
/// over in a buffer that never holds more than ``ParseOptions/maxLineLength`` bytes. The format is sniffed
/// from the first 64 KiB (or the whole input if shorter) unless ``ParseOptions/format`` forces one, so
/// the result does not depend on how the input is chunked. Binary input stops parsing with one issue.
package struct TelemetryParser {
    /// The options in force.
    package let options: ParseOptions
    /// The format of the input, once known (after 64 KiB or at ``finish(into:)``).
    package internal(set) var format: TelemetryFormat?
    /// Bytes fed so far.
    package internal(set) var byteCount = 0
    /// Lines seen so far (Envoy JSON is not counted in lines).
    package internal(set) var lineCount = 0
    /// Issues held back because ``ParseOptions/maxReportedIssues`` were already reported.
    package internal(set) var suppressedIssueCount = 0
    /// Where the input showed itself to be binary, not telemetry text (parsing stopped there); nil for text.
    package internal(set) var binaryOffset: Int?
    /// Bytes held between calls: the start of an unfinished line, or the input before its format is known.
    package var bufferedBytes: Int { carry.count }
    /// Whether parsing has stopped (the input was judged binary): later bytes are ignored, so a reader
    /// can stop reading.
    package var hasStopped: Bool { stopped }

    private var reportedIssueCount = 0
    var hasSniffed = false
    var carry: [UInt8] = []
    var skippingLongLine = false
    var stopped = false
    private var finished = false
    var prometheus = PrometheusTextParser()
    var envoy: EnvoyStatsParser?
    var envoyJSON: EnvoyStatsJSONParser?

    /// Creates a parser.
    package init(options: ParseOptions = ParseOptions()) {
        self.options = options
    }

    /// How much input is looked at to sniff the format.
    private var sniffLength: Int { max(1, min(FormatSniffer.windowLength, options.maxLineLength)) }

    /// Parses `chunk`, carrying an unfinished last line over to the next call.
    package mutating func feed<C: SampleConsumer>(_ chunk: UnsafeRawBufferPointer, into consumer: inout C) {
        byteCount += chunk.count
        guard !stopped, !finished, chunk.count > 0 else { return }
        limitingIssues(of: &consumer) { parser, limited in
            var bytes = chunk.assumingMemoryBound(to: UInt8.self)
            if !parser.hasSniffed {
                let taken = min(bytes.count, parser.sniffLength - parser.carry.count)
                parser.carry.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<taken]))
                bytes = UnsafeBufferPointer(rebasing: bytes[taken...])
                guard parser.carry.count >= parser.sniffLength else { return }
                parser.sniff(into: &limited)
            }
            guard !parser.stopped, !bytes.isEmpty else { return }
            parser.process(bytes, into: &limited)
        }
    }

    /// Parses what is left (a last line without newline) and lets the format's parser report what only
    /// the end reveals. Later calls to ``feed(_:into:)`` and ``finish(into:)`` do nothing.
    package mutating func finish<C: SampleConsumer>(into consumer: inout C) {
        guard !finished else { return }
        finished = true
        limitingIssues(of: &consumer) { parser, limited in
            if !parser.hasSniffed, !parser.carry.isEmpty { parser.sniff(into: &limited) }
            guard !parser.stopped, parser.hasSniffed else { return }
            if parser.skippingLongLine {
                parser.skippingLongLine = false
                parser.lineCount += 1
            } else if !parser.carry.isEmpty, parser.format != .envoyStatsJSON {
                parser.lineCount += 1
                parser.carry.withUnsafeBufferPointer { parser.dispatch($0, into: &limited) }
            }
            parser.carry.removeAll()
            switch parser.format {
            case .envoyStats: parser.envoy?.finish(into: &limited)
            case .envoyStatsJSON: parser.envoyJSON?.finish(into: &limited)
            case .prometheusText, .openMetrics, nil: parser.prometheus.finish(into: &limited)
            }
            parser.noteDialect()
        }
    }

    /// Parses a whole input at once, keeping everything (for tests and small dumps).
    package static func parse(_ bytes: [UInt8], options: ParseOptions = ParseOptions()) -> ParsedDump {
        var parser = TelemetryParser(options: options)
        var collector = SampleCollector()
        bytes.withUnsafeBytes { parser.feed($0, into: &collector) }
        parser.finish(into: &collector)
        return collector.dump(of: parser)
    }

    /// Runs `body` with a consumer that passes on at most the remaining issue budget.
    private mutating func limitingIssues<C: SampleConsumer>(
        of consumer: inout C,
        _ body: (inout TelemetryParser, inout IssueLimiter<C>) -> Void
    ) {
        withUnsafeMutablePointer(to: &consumer) { pointer in
            var limited = IssueLimiter(base: pointer, remaining: options.maxReportedIssues - reportedIssueCount)
            let budget = limited.remaining
            body(&self, &limited)
            reportedIssueCount += budget - limited.remaining
            suppressedIssueCount += limited.suppressed
        }
    }
}
