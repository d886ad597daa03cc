/// The object keys of Envoy's `/stats?format=json` that mean something to ``EnvoyStatsJSONReader``.
enum EnvoyJSONKey {
    case stats, name, value, histograms, supportedQuantiles, computedQuantiles, supportedPercentiles, details
    case values, percentiles, cumulative, buckets, upperBound, totals, lowerBound, width, count, other

    /// Recognises a key from its (unescaped) bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch bytes.first {
        case UInt8(ascii: "n") where ByteText.equal(bytes, "name"): self = .name
        case UInt8(ascii: "v") where ByteText.equal(bytes, "value"): self = .value
        case UInt8(ascii: "v") where ByteText.equal(bytes, "values"): self = .values
        case UInt8(ascii: "s") where ByteText.equal(bytes, "stats"): self = .stats
        case UInt8(ascii: "s") where ByteText.equal(bytes, "supported_quantiles"): self = .supportedQuantiles
        case UInt8(ascii: "s") where ByteText.equal(bytes, "supported_percentiles"): self = .supportedPercentiles
        case UInt8(ascii: "h") where ByteText.equal(bytes, "histograms"): self = .histograms
        case UInt8(ascii: "c") where ByteText.equal(bytes, "computed_quantiles"): self = .computedQuantiles
        case UInt8(ascii: "c") where ByteText.equal(bytes, "cumulative"): self = .cumulative
        case UInt8(ascii: "c") where ByteText.equal(bytes, "count"): self = .count
        case UInt8(ascii: "d") where ByteText.equal(bytes, "details"): self = .details
        case UInt8(ascii: "p") where ByteText.equal(bytes, "percentiles"): self = .percentiles
        case UInt8(ascii: "b") where ByteText.equal(bytes, "buckets"): self = .buckets
        case UInt8(ascii: "u") where ByteText.equal(bytes, "upper_bound"): self = .upperBound
        case UInt8(ascii: "t") where ByteText.equal(bytes, "totals"): self = .totals
        case UInt8(ascii: "l") where ByteText.equal(bytes, "lower_bound"): self = .lowerBound
        case UInt8(ascii: "w") where ByteText.equal(bytes, "width"): self = .width
        default: self = .other
        }
    }
}
