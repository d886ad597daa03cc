import MeshtopTelemetry

/// The result of an instant query: a vector of labelled values, or a scalar, at one evaluation time.
package enum PrometheusQueryResult: Sendable, Equatable {
    /// An instant vector (`resultType` `vector`).
    case vector([PrometheusSeriesValue])
    /// A scalar (`resultType` `scalar`).
    case scalar(PrometheusValue)

    /// The vector's elements; a scalar has none.
    package var series: [PrometheusSeriesValue] {
        if case .vector(let elements) = self { return elements }
        return []
    }
}

/// One element of an instant vector: its labels (`__name__` included when the query kept it) and value.
package struct PrometheusSeriesValue: Sendable, Equatable {
    /// The labels, as the server sent them.
    package var metric: [String: String]
    /// The value at the evaluation time.
    package var value: PrometheusValue

    /// Creates an element.
    package init(metric: [String: String], value: PrometheusValue) {
        self.metric = metric
        self.value = value
    }
}

/// A sample value as the HTTP API encodes it: `[unix seconds, "text"]`.
///
/// The text is kept as sent (`"12345"`, `"1.5e+06"`, `"NaN"`, `"+Inf"`) so integers above 2^53 lose no
/// digit on the way into the model.
package struct PrometheusValue: Sendable, Equatable {
    /// The evaluation time in unix seconds (milliseconds in the fraction).
    package var time: Double
    /// The value exactly as the server wrote it.
    package var text: String

    /// Creates a value.
    package init(time: Double, text: String) {
        self.time = time
        self.text = text
    }

    /// The value as a double, or nil when the text is not a number.
    package var number: Double? {
        switch text {
        case "NaN": return .nan
        case "+Inf", "Inf": return .infinity
        case "-Inf": return -.infinity
        default: return Double(text)
        }
    }

    /// The evaluation time in unix milliseconds; nil when the server sent no time in years 0000–9999.
    package var timeMilliseconds: Int64? { UnixMilliseconds.fromSeconds(time) }
}
