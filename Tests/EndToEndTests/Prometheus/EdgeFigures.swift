import MeshtopTelemetry

/// The figures meshtop shows per edge and per namespace, computed the plain way from parsed samples:
/// destination- or waypoint-reported Istio traffic, summed by edge and security policy, and by
/// destination namespace and policy. A window is the sum of per-series increases between two dumps.
///
/// It is the reference the federation and query paths are compared with, before and independently of
/// the mesh model.
struct EdgeFigures: Equatable, CustomStringConvertible {
    /// `figure|src-ns/src → dst-ns/dst policy` → value.
    var edges: [String: Double] = [:]
    /// `figure|dst-ns policy` → value.
    var namespaces: [String: Double] = [:]

    /// Totals in one dump.
    init(_ samples: [Sample]) {
        for (key, value) in Self.seriesValues(samples) { add(key, value) }
    }

    /// Increases between two dumps of the same source, series by series.
    init(from earlier: [Sample], to later: [Sample]) {
        let before = Self.seriesValues(earlier)
        for (key, value) in Self.seriesValues(later) {
            guard let previous = before[key] else { continue }
            add(key, value >= previous ? value - previous : value)
        }
    }

    private init() {}

    var description: String {
        (edges.sorted { $0.key < $1.key } + namespaces.sorted { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }
            .joined(separator: "\n")
    }

    private struct SeriesKey: Hashable {
        var identity: String
        var figure: String
        var edge: String
        var namespace: String
    }

    private mutating func add(_ key: SeriesKey, _ value: Double) {
        edges["\(key.figure)|\(key.edge)", default: 0] += value
        namespaces["\(key.figure)|\(key.namespace)", default: 0] += value
    }

    private static let figures = [
        "istio_requests_total": "requests",
        "istio_tcp_connections_opened_total": "connections",
        "istio_tcp_sent_bytes_total": "bytes",
        "istio_tcp_received_bytes_total": "bytes",
    ]

    private static func seriesValues(_ samples: [Sample]) -> [SeriesKey: Double] {
        var values: [SeriesKey: Double] = [:]
        for sample in samples {
            guard let figure = figures[sample.name],
                sample[label: "reporter"] == "destination" || sample[label: "reporter"] == "waypoint"
            else { continue }
            let labels = Dictionary(sample.labels.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            let identity =
                sample.name + "{" + sample.labels.map { "\($0.name)=\($0.value)" }.sorted().joined(separator: ",") + "}"
            let namespace =
                "\(labels["destination_workload_namespace"] ?? "") \(labels["connection_security_policy"] ?? "")"
            values[
                SeriesKey(identity: identity, figure: figure, edge: FakeMesh.edgeKey(labels), namespace: namespace)
            ] = sample.value
        }
        return values
    }

    /// The figures of PromQL answers: `sum by (edge labels, policy)` vectors of each metric.
    static func promQL(requests: [String: Double], connections: [String: Double], bytes: [String: Double])
        -> EdgeFigures
    {
        var figures = EdgeFigures()
        for (figure, answer) in [("requests", requests), ("connections", connections), ("bytes", bytes)] {
            for (edge, value) in answer {
                figures.edges["\(figure)|\(edge)", default: 0] += value
                let parts = edge.split(separator: " ")
                let destination = parts.count >= 3 ? parts[2].split(separator: "/").first.map(String.init) ?? "" : ""
                let policy = parts.last.map(String.init) ?? ""
                figures.namespaces["\(figure)|\(destination) \(policy)", default: 0] += value
            }
        }
        return figures
    }
}
