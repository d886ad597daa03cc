/// One series a figure came from, so the drill-down can show the evidence behind a number.
package struct SeriesEvidence: Sendable, Hashable {
    /// The source (file, URL or given name) whose scrape held the series.
    package var source: String
    /// The series name (`istio_requests_total`, `envoy_listener_ssl_handshake`).
    package var metric: String
    /// The labels that decided where the series was counted, in a fixed order.
    package var labels: [(name: String, value: String)]
    /// The figure the series contributed (its total or its increase over the window).
    package var value: Double

    /// Creates evidence.
    package init(source: String, metric: String, labels: [(name: String, value: String)], value: Double) {
        self.source = source
        self.metric = metric
        self.labels = labels
        self.value = value
    }

    /// The series in PromQL-like notation (`name{a="b"}`), escaped, without the value.
    package var seriesText: String {
        var text = metric
        guard !labels.isEmpty else { return text }
        text += "{"
        for (index, label) in labels.enumerated() {
            if index > 0 { text += "," }
            text += label.name
            text += "=\""
            for scalar in label.value.unicodeScalars {
                switch scalar {
                case "\\": text += "\\\\"
                case "\"": text += "\\\""
                case "\n": text += "\\n"
                default: text.unicodeScalars.append(scalar)
                }
            }
            text += "\""
        }
        return text + "}"
    }

    package static func == (lhs: SeriesEvidence, rhs: SeriesEvidence) -> Bool {
        lhs.source == rhs.source && lhs.metric == rhs.metric && lhs.value == rhs.value
            && lhs.labels.elementsEqual(rhs.labels) { $0.name == $1.name && $0.value == $1.value }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(metric)
        for label in labels {
            hasher.combine(label.name)
            hasher.combine(label.value)
        }
        hasher.combine(value)
    }
}
