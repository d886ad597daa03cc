extension EnvoyStatsJSONReader {
    /// The quantiles Envoy computes, as its `P` numbers, for when `supported_quantiles` is missing.
    private static let defaultPercents: [StaticString] = [
        "0", "25", "50", "75", "90", "95", "99", "99.5", "99.9", "100",
    ]

    /// A closed `{"name":…,"value":…}` element.
    mutating func emitStat<C: SampleConsumer>(into consumer: inout C) {
        guard !name.isEmpty, valueKind != .null else { return }
        let name = self.name
        let value = self.value
        name.withUnsafeBufferPointer { emitter.start($0, line: statLine) }
        value.withUnsafeBufferPointer { bytes in
            switch valueKind {
            case .string:
                emitter.textReadout(bytes, into: &consumer)
            case .integer:
                switch EnvoyNumber.unsigned(bytes) {
                case .value(let integer): emitter.scalar(Double(integer), exact: integer, into: &consumer)
                case .overflow, .notInteger: report("integer does not fit 64 bits", into: &consumer)
                }
            case .number:
                guard let number = EnvoyNumber.double(bytes) else { return report("malformed number", into: &consumer) }
                emitter.scalar(number, exact: nil, into: &consumer)
            case .boolean, .null:
                report("stat value is not a number or a string", into: &consumer)
            }
        }
    }

    /// A closed histogram record: detailed totals, else buckets, else quantiles.
    mutating func emitRecord<C: SampleConsumer>(into consumer: inout C) {
        guard !name.isEmpty else { return }
        let name = self.name
        name.withUnsafeBufferPointer { emitter.start($0, line: statLine) }
        if !totals.isEmpty {
            emitter.declare(.histogram, into: &consumer)
            var total: UInt64 = 0
            for bucket in totals {
                total &+= bucket.count
                emitter.bucket(
                    upperBound: bucket.lower + bucket.width,
                    value: Double(total),
                    exact: total,
                    into: &consumer
                )
            }
            emitter.bucket(
                bound: EnvoySeriesBuilder.literal("+Inf"),
                value: Double(total),
                exact: total,
                into: &consumer
            )
            emitter.count(total, into: &consumer)
        } else if !buckets.isEmpty {
            emitter.declare(.histogram, into: &consumer)
            let bounds = boundBytes
            bounds.withUnsafeBufferPointer { bytes in
                var start = 0
                for bucket in buckets {
                    let bound = UnsafeBufferPointer(rebasing: bytes[start..<bucket.boundEnd])
                    emitter.bucket(bound: bound, value: bucket.value, exact: bucket.exact, into: &consumer)
                    start = bucket.boundEnd
                }
            }
        } else {
            emitter.declare(.summary, into: &consumer)
            emitQuantiles(into: &consumer)
        }
    }

    /// One summary sample per quantile value, labelled from `supported_quantiles` when it has as many entries.
    private func emitQuantiles<C: SampleConsumer>(into consumer: inout C) {
        if supportedEnds.count == quantiles.count {
            supported.withUnsafeBufferPointer { bytes in
                var start = 0
                for (index, end) in supportedEnds.enumerated() {
                    let percent = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    emitter.quantile(percent: percent, value: quantiles[index], into: &consumer)
                    start = end
                }
            }
        } else if quantiles.count == Self.defaultPercents.count {
            for (index, percent) in Self.defaultPercents.enumerated() {
                emitter.quantile(percent: EnvoySeriesBuilder.literal(percent), value: quantiles[index], into: &consumer)
            }
        } else if !quantiles.isEmpty {
            consumer.report(
                ParseIssue(line: statLine, column: 1, reason: "histogram values do not match the supported quantiles")
            )
        }
    }

    private func report<C: SampleConsumer>(_ reason: String, into consumer: inout C) {
        consumer.report(ParseIssue(line: statLine, column: 1, reason: reason))
    }
}
