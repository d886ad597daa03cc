/// Thins out text 0.0.4 before parsing: plain sample lines whose labels a consumer declines are only
/// counted, every other line is kept for the full parser.
///
/// What a consumer would learn from a declined line is its name, value and timestamp; a consumer that
/// ignores the declined names entirely (as the mesh model does) needs only the count and the newest
/// timestamp kept here. This lets a second thread read part of a large dump while the first parses.
package struct DeclinedLineFilter: Sendable {
    /// Declined sample lines seen.
    package private(set) var declinedSamples = 0
    /// The newest timestamp a declined line carried (unix milliseconds).
    package private(set) var newestTimestamp: Int64?

    /// Creates a filter with nothing counted.
    package init() {}

    /// Whether `line` (without its newline) must go to the parser; a plain sample line whose name `wants`
    /// turns down is counted instead.
    @inline(__always)
    package mutating func keeps(
        _ line: UnsafeBufferPointer<UInt8>,
        wants: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        guard let (start, end) = PrometheusTextParser.trimmed(line),
            let (name, brace) = PlainSampleLine.name(from: start, to: end), !wants(name),
            let plain = PlainSampleLine.read(name: name, brace: brace, to: end)
        else { return true }
        declinedSamples += 1
        if let timestamp = plain.timestampMilliseconds, timestamp > (newestTimestamp ?? .min) {
            newestTimestamp = timestamp
        }
        return false
    }

    /// Whether `line` (without its newline) may switch text 0.0.4 to OpenMetrics or end a scrape: any comment
    /// but `# HELP` and a `# TYPE` of a 0.0.4 kind. A filter read ahead of the parser stops at such a line,
    /// since declined lines after it might have to be read differently.
    package static func mayChangeDialect(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (hash, end) = PrometheusTextParser.trimmed(line), hash.pointee == UInt8(ascii: "#") else {
            return false
        }
        var start = hash + 1
        PrometheusTextParser.skipBlanks(&start, end)
        let rest = UnsafeBufferPointer(start: start, count: end - start)
        if ByteText.hasPrefix(rest, "HELP ") { return false }
        guard ByteText.hasPrefix(rest, "TYPE "), let lastBlank = ByteScan.last(UInt8(ascii: " "), from: start, to: end)
        else { return true }
        return PrometheusTextParser.isOpenMetricsOnly(
            UnsafeBufferPointer(start: lastBlank + 1, count: end - lastBlank - 1)
        )
    }
}
