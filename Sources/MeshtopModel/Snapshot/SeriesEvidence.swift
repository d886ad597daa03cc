/// One series a figure came from, so the drill-down can show the evidence behind a number.
///
/// What names the series (source, metric, labels) sits in one shared, immutable box and only the value is
/// held inline: a snapshot of a large mesh holds several of these per edge and workload, and copying or
/// releasing one is then one reference count, not three.
package struct SeriesEvidence: Sendable, Hashable {
    /// The series' names, shared by every copy of this evidence.
    private final class Names: Sendable {
        let source: String
        let metric: String
        let labels: [(name: String, value: String)]

        init(source: String, metric: String, labels: [(name: String, value: String)]) {
            self.source = source
            self.metric = metric
            self.labels = labels
        }
    }

    private var names: Names

    /// The figure the series contributed (its total or its increase over the window).
    package var value: Double

    /// Creates evidence.
    package init(source: String, metric: String, labels: [(name: String, value: String)], value: Double) {
        names = Names(source: source, metric: metric, labels: labels)
        self.value = value
    }

    /// The source (file, URL or given name) whose scrape held the series.
    package var source: String {
        get { names.source }
        set { names = Names(source: newValue, metric: names.metric, labels: names.labels) }
    }

    /// The series name (`istio_requests_total`, `envoy_listener_ssl_handshake`).
    package var metric: String {
        get { names.metric }
        set { names = Names(source: names.source, metric: newValue, labels: names.labels) }
    }

    /// The labels that decided where the series was counted, in a fixed order.
    package var labels: [(name: String, value: String)] {
        get { names.labels }
        set { names = Names(source: names.source, metric: names.metric, labels: newValue) }
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
        guard lhs.value == rhs.value else { return false }
        if lhs.names === rhs.names { return true }
        return lhs.source == rhs.source && lhs.metric == rhs.metric
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

extension SeriesEvidence: CustomReflectable {
    /// The evidence's fields, as a plain structure of them would show (`dump`, the debugger).
    package var customMirror: Mirror {
        Mirror(
            self,
            children: ["source": source, "metric": metric, "labels": labels, "value": value],
            displayStyle: .struct
        )
    }
}
