/// A text 0.0.4 sample line read without its labels: `name{…} value [timestamp]`.
///
/// Reading stops at the label block: without a `#` after the `{`, no exemplar can follow, so the labels end
/// at the line's last `}` and only the value and an integer timestamp after it are read. Any other line
/// (a comment, a sample without labels, a quoted name, a `#` after the `{`, a float timestamp, trailing
/// text) is not plain, and is left to the full parser. The label block's own syntax is not checked.
package struct PlainSampleLine {
    /// The metric name.
    package var name: UnsafeBufferPointer<UInt8>
    /// The value.
    package var value: DecimalParser.Value
    /// The integer millisecond timestamp, if the line has one.
    package var timestampMilliseconds: Int64?

    /// The metric name of a line (trimmed: its first byte starts the name) when a `{` follows it directly,
    /// with the position of that `{`.
    @inline(__always)
    package static func name(
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>
    ) -> (name: UnsafeBufferPointer<UInt8>, brace: UnsafePointer<UInt8>)? {
        guard start < end, PrometheusTextParser.isMetricNameStart(start.pointee) else { return nil }
        var brace = start + 1
        while brace < end, PrometheusTextParser.isMetricNameByte(brace.pointee) { brace += 1 }
        guard brace < end, brace.pointee == UInt8(ascii: "{") else { return nil }
        return (UnsafeBufferPointer(start: start, count: brace - start), brace)
    }

    /// Reads the line whose name ends at `brace` (from ``name(from:to:)``), or nil when it is not plain.
    @inline(__always)
    package static func read(
        name: UnsafeBufferPointer<UInt8>,
        brace: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>
    ) -> PlainSampleLine? {
        guard ByteScan.first(UInt8(ascii: "#"), from: brace, to: end) == end,
            let close = ByteScan.last(UInt8(ascii: "}"), from: brace, to: end)
        else { return nil }
        var position = close + 1
        PrometheusTextParser.skipBlanks(&position, end)
        let valueStart = position
        PrometheusTextParser.skipToken(&position, end)
        guard let value = DecimalParser.value(valueStart, count: position - valueStart) else { return nil }
        PrometheusTextParser.skipBlanks(&position, end)
        guard position < end else { return PlainSampleLine(name: name, value: value, timestampMilliseconds: nil) }
        let timestampStart = position
        PrometheusTextParser.skipToken(&position, end)
        // A timestamp outside the accepted times goes to the full parser, which reports it.
        guard position == end,
            let milliseconds = DecimalParser.integer(timestampStart, count: end - timestampStart)
                .flatMap(UnixMilliseconds.checked)
        else { return nil }
        return PlainSampleLine(name: name, value: value, timestampMilliseconds: milliseconds)
    }
}
