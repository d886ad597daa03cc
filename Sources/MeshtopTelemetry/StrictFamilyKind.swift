/// The sample-name suffixes OpenMetrics 1.0 gives each family type ("Suffixes", "Metric types").
enum StrictFamilyKind {
    /// The suffixes a family of `kind` names its samples with (`""` is the bare family name).
    static func suffixes(of kind: MetricKind) -> [String] {
        switch kind {
        case .counter: ["_total", "_created"]
        case .summary: ["", "_count", "_sum", "_created"]
        case .histogram: ["_bucket", "_count", "_sum", "_created"]
        case .gaugeHistogram: ["_bucket", "_gcount", "_gsum"]
        case .info: ["_info"]
        case .gauge, .stateSet, .untyped, .textReadout: [""]
        }
    }

    /// Every suffix any type uses, longest first.
    static let allSuffixes = ["_created", "_bucket", "_gcount", "_count", "_total", "_gsum", "_info", "_sum"]

    /// The OpenMetrics `metric-type` keyword for `kind`.
    static func keyword(_ kind: MetricKind) -> String {
        switch kind {
        case .untyped: "unknown"
        case .gaugeHistogram: "gaugehistogram"
        case .stateSet: "stateset"
        default: kind.keyword
        }
    }

    /// The kind an OpenMetrics `metric-type` names (lowercase only; `untyped` is not one).
    static func openMetricsKind(_ keyword: String) -> MetricKind? {
        switch keyword {
        case "counter": .counter
        case "gauge": .gauge
        case "histogram": .histogram
        case "gaugehistogram": .gaugeHistogram
        case "stateset": .stateSet
        case "info": .info
        case "summary": .summary
        case "unknown": .untyped
        default: nil
        }
    }
}
