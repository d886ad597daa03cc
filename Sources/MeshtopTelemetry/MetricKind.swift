/// The type a metric family declares (`# TYPE`), or what a format implies for its samples.
package enum MetricKind: UInt8, Sendable, CaseIterable, Codable {
    case counter
    case gauge
    case histogram
    case summary
    case untyped
    /// OpenMetrics only.
    case gaugeHistogram
    /// OpenMetrics only.
    case stateSet
    /// OpenMetrics only.
    case info
    /// Envoy text readouts (`name: "value"`), exposed as a gauge of 1 with a `text_value` label.
    case textReadout

    /// The keyword used by `# TYPE` lines (OpenMetrics spelling where it differs).
    package var keyword: String {
        switch self {
        case .counter: "counter"
        case .gauge: "gauge"
        case .histogram: "histogram"
        case .summary: "summary"
        case .untyped: "untyped"
        case .gaugeHistogram: "gaugehistogram"
        case .stateSet: "stateset"
        case .info: "info"
        case .textReadout: "textreadout"
        }
    }
}
