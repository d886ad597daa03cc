extension EnvoyStatsParser {
    /// Parses `P<q>(<interval>,<cumulative>) …` or `B<bound>(<interval>,<cumulative>) …` and emits one sample
    /// per token; a malformed token is reported and ends the line.
    mutating func parseHistogram<C: SampleConsumer>(
        _ value: UnsafeBufferPointer<UInt8>,
        column: Int,
        bucketPrefix: UInt8,
        into consumer: inout C
    ) {
        var position = 0
        while position < value.count {
            if bucketPrefix == UInt8(ascii: "P"), let quick = EnvoyQuantileToken(value, at: position) {
                emitter.quantile(percent: quick.percent, value: quick.value, into: &consumer)
                position = quick.end
            } else {
                guard parseToken(value, at: &position, column: column, bucketPrefix: bucketPrefix, into: &consumer)
                else { return }
            }
            if position < value.count {
                guard value[position] == UInt8(ascii: " ") else {
                    return consumer.report(
                        ParseIssue(
                            line: emitter.line,
                            column: column + position,
                            reason: "expected a space between histogram values"
                        )
                    )
                }
                position += 1
            }
        }
    }

    /// Reads and emits the token at `position` and moves past it; reports a malformed token and returns false.
    private mutating func parseToken<C: SampleConsumer>(
        _ value: UnsafeBufferPointer<UInt8>,
        at position: inout Int,
        column: Int,
        bucketPrefix: UInt8,
        into consumer: inout C
    ) -> Bool {
        guard let token = EnvoyHistogramToken(value, at: position, prefix: bucketPrefix) else {
            let reason =
                bucketPrefix == UInt8(ascii: "P")
                ? "malformed quantile, expected `P<q>(<interval>,<value>)`"
                : "malformed bucket, expected `B<bound>(<interval>,<count>)`"
            consumer.report(ParseIssue(line: emitter.line, column: column + position, reason: reason))
            return false
        }
        if bucketPrefix == UInt8(ascii: "P") {
            guard let cumulative = EnvoyNumber.double(token.cumulative) else {
                badNumber(column + token.cumulativeOffset, into: &consumer)
                return false
            }
            emitter.quantile(percent: token.label, value: cumulative, into: &consumer)
        } else {
            switch EnvoyNumber.unsigned(token.cumulative) {
            case .value(let count):
                emitter.bucket(bound: token.label, value: Double(count), exact: count, into: &consumer)
            case .overflow, .notInteger:
                guard let cumulative = EnvoyNumber.double(token.cumulative) else {
                    badNumber(column + token.cumulativeOffset, into: &consumer)
                    return false
                }
                emitter.bucket(bound: token.label, value: cumulative, exact: nil, into: &consumer)
            }
        }
        position = token.end
        return true
    }

    /// One indented line of a `detailed` block.
    mutating func detailedLine<C: SampleConsumer>(
        _ line: UnsafeBufferPointer<UInt8>,
        lineNumber: Int,
        into consumer: inout C
    ) {
        var start = 0
        while start < line.count, line[start] == UInt8(ascii: " ") || line[start] == UInt8(ascii: "\t") { start += 1 }
        let body = line.slice(from: start)
        if ByteText.hasPrefix(body, "totals=") {
            restartDetailed(lineNumber: lineNumber)
            detailedTotals(body.slice(from: 7), column: start + 8, lineNumber: lineNumber, into: &consumer)
        } else if ByteText.hasPrefix(body, "intervals=") || ByteText.hasPrefix(body, "summary=") {
            // Interval buckets are not cumulative, and the summary repeats what the totals say.
        } else if !body.isEmpty {
            consumer.report(
                ParseIssue(
                    line: lineNumber,
                    column: start + 1,
                    reason: "expected `totals=`, `intervals=` or `summary=`"
                )
            )
        }
    }

    /// `lb,width:count, lb,width:count…` → cumulative `_bucket{le="lb+width"}`, `le="+Inf"` and `_count`.
    private mutating func detailedTotals<C: SampleConsumer>(
        _ text: UnsafeBufferPointer<UInt8>,
        column: Int,
        lineNumber: Int,
        into consumer: inout C
    ) {
        var total: UInt64 = 0
        var position = 0
        while position < text.count {
            var end = position
            while end < text.count, text[end] != UInt8(ascii: " ") { end += 1 }
            var entry = UnsafeBufferPointer(rebasing: text[position..<end])
            if entry.last == UInt8(ascii: ",") { entry = entry.slice(upTo: entry.count - 1) }
            guard let (lower, width, count) = Self.detailedBucket(entry) else {
                return consumer.report(
                    ParseIssue(
                        line: lineNumber,
                        column: column + position,
                        reason: "malformed detailed bucket, expected `<lower>,<width>:<count>`"
                    )
                )
            }
            total &+= count
            emitter.bucket(upperBound: lower + width, value: Double(total), exact: total, into: &consumer)
            position = end + 1
        }
        emitter.bucket(bound: EnvoySeriesBuilder.literal("+Inf"), value: Double(total), exact: total, into: &consumer)
        emitter.count(total, into: &consumer)
    }

    private static func detailedBucket(_ entry: UnsafeBufferPointer<UInt8>) -> (Double, Double, UInt64)? {
        var comma = -1
        var colon = -1
        for index in 0..<entry.count {
            if entry[index] == UInt8(ascii: ","), comma < 0 { comma = index }
            if entry[index] == UInt8(ascii: ":") { colon = index }
        }
        guard comma > 0, colon > comma + 1,
            let lower = EnvoyNumber.double(entry.slice(upTo: comma)),
            let width = EnvoyNumber.double(UnsafeBufferPointer(rebasing: entry[(comma + 1)..<colon])),
            case .value(let count) = EnvoyNumber.unsigned(entry.slice(from: colon + 1))
        else { return nil }
        return (lower, width, count)
    }

    /// Maps the block's stat name again for a line of the block (the name's bytes live in `detailedName`).
    private mutating func restartDetailed(lineNumber: Int) {
        let name = detailedName
        name.withUnsafeBufferPointer { emitter.start($0, line: lineNumber) }
    }

    private func badNumber<C: SampleConsumer>(_ column: Int, into consumer: inout C) {
        consumer.report(ParseIssue(line: emitter.line, column: column, reason: "malformed number in histogram"))
    }
}
