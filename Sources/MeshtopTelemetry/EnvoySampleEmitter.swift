/// Hands the samples of one Envoy stat to a consumer, in the series form of ``EnvoyStatName``.
///
/// Shared by the text and JSON parsers: ``start(_:line:)`` maps the stat name once, then one call per
/// sample adds the per-sample label (`quantile`, `le`) and emits a view over the reused builder.
struct EnvoySampleEmitter {
    private let builder = EnvoySeriesBuilder()
    private var baseLabels = 0
    private var baseBytes = 0
    /// The input line of the stat being emitted.
    private(set) var line = 0
    /// The kind the stat name implies (counter, gauge or untyped).
    private(set) var nameKind: MetricKind = .untyped

    /// Maps stat `name` (bytes that stay valid while its samples are emitted) into the series to emit.
    @inline(__always)
    mutating func start(_ name: UnsafeBufferPointer<UInt8>, line: Int) {
        builder.begin(reserving: 2 * name.count + 512)
        nameKind = EnvoyStatName.map(name, into: builder)
        baseLabels = builder.labelCount
        baseBytes = builder.used
        self.line = line
    }

    /// The mapped series name (the family of histogram samples).
    var family: UnsafeBufferPointer<UInt8> { builder.name }

    /// A counter or gauge value.
    @inline(__always)
    func scalar<C: SampleConsumer>(_ value: Double, exact: UInt64?, into consumer: inout C) {
        let name = builder.name
        consumer.consume(
            SampleView(
                name: name,
                family: name,
                kind: nameKind,
                labels: builder.labels,
                value: value,
                exactValue: exact,
                timestampMilliseconds: nil,
                line: line
            )
        )
    }

    /// A text readout: value 1 with the raw text in `text_value`.
    func textReadout<C: SampleConsumer>(_ text: UnsafeBufferPointer<UInt8>, into consumer: inout C) {
        builder.addLabel("text_value", text)
        let name = builder.name
        consumer.consume(
            SampleView(
                name: name,
                family: name,
                kind: .textReadout,
                labels: builder.labels,
                value: 1,
                exactValue: 1,
                timestampMilliseconds: nil,
                line: line
            )
        )
        builder.truncateLabels(to: baseLabels)
    }

    /// Declares the stat's family as `kind` (histograms, including those with no recorded values).
    func declare<C: SampleConsumer>(_ kind: MetricKind, into consumer: inout C) {
        consumer.declare(family: builder.name, kind: kind)
    }

    /// One quantile of a summary: `percent` is Envoy's `P` number (`99.5`), written as `quantile="0.995"`.
    func quantile<C: SampleConsumer>(percent: UnsafeBufferPointer<UInt8>, value: Double, into consumer: inout C) {
        if let fraction = Self.standardQuantile(percent) {
            builder.addLabel("quantile", fraction)
        } else {
            let mark = builder.used
            EnvoyNumber.appendFraction(ofPercent: percent, to: builder)
            builder.addLabel("quantile", builder.written(from: mark))
        }
        let name = builder.name
        consumer.consume(
            SampleView(
                name: name,
                family: name,
                kind: .summary,
                labels: builder.labels,
                value: value,
                exactValue: nil,
                timestampMilliseconds: nil,
                line: line
            )
        )
        reset()
    }

    /// The `quantile` label text of Envoy's default percentiles (`P0` … `P100`), the same text
    /// ``EnvoyNumber/appendFraction(ofPercent:to:)`` writes, without writing it.
    @inline(__always)
    private static func standardQuantile(_ percent: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        switch percent.count {
        case 1: return percent[0] == UInt8(ascii: "0") ? EnvoySeriesBuilder.literal("0") : nil
        case 2:
            if ByteText.equal(percent, "25") { return EnvoySeriesBuilder.literal("0.25") }
            if ByteText.equal(percent, "50") { return EnvoySeriesBuilder.literal("0.5") }
            if ByteText.equal(percent, "75") { return EnvoySeriesBuilder.literal("0.75") }
            if ByteText.equal(percent, "90") { return EnvoySeriesBuilder.literal("0.9") }
            if ByteText.equal(percent, "95") { return EnvoySeriesBuilder.literal("0.95") }
            if ByteText.equal(percent, "99") { return EnvoySeriesBuilder.literal("0.99") }
            return nil
        case 3: return ByteText.equal(percent, "100") ? EnvoySeriesBuilder.literal("1") : nil
        case 4:
            if ByteText.equal(percent, "99.5") { return EnvoySeriesBuilder.literal("0.995") }
            if ByteText.equal(percent, "99.9") { return EnvoySeriesBuilder.literal("0.999") }
            return nil
        default: return nil
        }
    }

    /// One cumulative bucket, `le` written from Envoy's text of the bound.
    func bucket<C: SampleConsumer>(
        bound: UnsafeBufferPointer<UInt8>,
        value: Double,
        exact: UInt64?,
        into consumer: inout C
    ) {
        let mark = builder.used
        EnvoyNumber.appendBound(bound, to: builder)
        bucket(labelFrom: mark, value: value, exact: exact, into: &consumer)
    }

    /// One cumulative bucket with a computed upper bound.
    func bucket<C: SampleConsumer>(upperBound: Double, value: Double, exact: UInt64?, into consumer: inout C) {
        let mark = builder.used
        EnvoyNumber.appendFormatted(upperBound, to: builder)
        bucket(labelFrom: mark, value: value, exact: exact, into: &consumer)
    }

    private func bucket<C: SampleConsumer>(labelFrom mark: Int, value: Double, exact: UInt64?, into consumer: inout C) {
        builder.addLabel("le", builder.written(from: mark))
        let name = builder.nameWithSuffix("_bucket")
        consumer.consume(
            SampleView(
                name: name,
                family: builder.name,
                kind: .histogram,
                labels: builder.labels,
                value: value,
                exactValue: exact,
                timestampMilliseconds: nil,
                line: line
            )
        )
        reset()
    }

    /// The `_count` sample of a histogram.
    func count<C: SampleConsumer>(_ value: UInt64, into consumer: inout C) {
        let name = builder.nameWithSuffix("_count")
        consumer.consume(
            SampleView(
                name: name,
                family: builder.name,
                kind: .histogram,
                labels: builder.labels,
                value: Double(value),
                exactValue: value,
                timestampMilliseconds: nil,
                line: line
            )
        )
        reset()
    }

    @inline(__always)
    private func reset() {
        builder.truncateLabels(to: baseLabels)
        builder.truncateBytes(to: baseBytes)
    }
}
