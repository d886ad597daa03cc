import MeshtopTelemetry

/// Writes query results as Prometheus text 0.0.4, so they reach the model through the same parser as
/// every other scrape.
///
/// Series are grouped by metric name under one `# TYPE` line each; label values are escaped; the
/// aggregation helper labels become the labels the model reads (`meshtop_workload` → `deployment`,
/// `meshtop_proxy` → `pod`). Elements without a valid metric name, and labels whose names the text
/// format cannot carry, are left out and counted.
package struct PrometheusTextRenderer {
    /// The text written so far, as bytes.
    package private(set) var bytes: [UInt8] = []
    /// Elements left out: no `__name__`, an invalid name, or a value that is not a number.
    package private(set) var skippedElements = 0
    /// Labels left out because their names are not valid in the text format.
    package private(set) var skippedLabels = 0

    /// Creates an empty renderer.
    package init() {}

    /// Samples of the result being appended, by metric name, waiting for ``finishResult(as:)``.
    private var pending: [String: [UInt8]] = [:]

    /// Appends the elements of `result` as samples of `kind`.
    package mutating func append(_ result: PrometheusQueryResult, as kind: MetricKind) {
        for element in result.series {
            append(labels: element.metric.map { (name: $0.key, value: $0.value) }, value: element.value)
        }
        finishResult(as: kind)
    }

    /// Adds one element of the result being appended (labels in any order, `__name__` among them); call
    /// ``finishResult(as:)`` after its last element.
    package mutating func append(labels: [(name: String, value: String)], value: PrometheusValue) {
        guard let name = labels.first(where: { $0.name == "__name__" })?.value, Self.isValidName(name),
            value.number != nil
        else {
            skippedElements += 1
            return
        }
        var line = ""
        appendSample(name: name, labels: labels, value: value, to: &line)
        pending[name, default: []].append(contentsOf: line.utf8)
    }

    /// Writes the samples added since the last result as samples of `kind`, one `# TYPE` line per name.
    package mutating func finishResult(as kind: MetricKind) {
        for name in pending.keys.sorted() {
            bytes.append(contentsOf: "# TYPE \(name) \(kind.keyword)\n".utf8)
            bytes.append(contentsOf: pending[name] ?? [])
        }
        pending = [:]
    }

    /// The text written so far.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func appendSample(
        name: String,
        labels: [(name: String, value: String)],
        value: PrometheusValue,
        to text: inout String
    ) {
        text += name
        var first = true
        let renamed = labels.lazy.filter { $0.name != "__name__" }.map { (Self.renamed[$0.name] ?? $0.name, $0.value) }
        for (outputName, labelValue) in renamed.sorted(by: { $0.0 < $1.0 }) {
            guard Self.isValidName(outputName), !outputName.hasPrefix("__") else {
                skippedLabels += 1
                continue
            }
            text += first ? "{" : ","
            first = false
            text += outputName
            text += "=\""
            LabelEscaping.escape(labelValue, into: &text)
            text += "\""
        }
        if !first { text += "}" }
        text += " "
        text += Self.isPlainNumber(value.text) ? value.text : "\(value.number ?? .nan)"
        text += "\n"
    }

    /// Helper labels of ``PrometheusMeshQueries`` and the labels the model knows them by.
    static let renamed = [
        PrometheusMeshQueries.workloadLabel: "deployment",
        PrometheusMeshQueries.proxyLabel: "pod",
    ]

    /// Whether `text` is a number in the spelling the text format uses (`12`, `-1.5e+06`, `NaN`, `+Inf`).
    static func isPlainNumber(_ text: String) -> Bool {
        if text == "NaN" || text == "+Inf" || text == "-Inf" { return true }
        return !text.isEmpty
            && text.utf8.allSatisfy { byte in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-")
            }
    }

    /// Whether `name` is a metric or label name the 0.0.4 text format can carry unquoted.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"):
                return true
            default:
                return false
            }
        }
    }
}
