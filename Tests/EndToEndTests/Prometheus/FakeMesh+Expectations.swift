extension FakeMesh {
    /// The sum over every pod of the series called `name` whose labels satisfy `matches`, with each pod at
    /// its tick in `ticks` (0 for a pod never scraped).
    func total(of name: String, ticks: [String: Int], where matches: ([String: String]) -> Bool = { _ in true }) -> Int
    {
        var sum = 0
        for pod in pods {
            for series in pod.series where series.name == name {
                var labels = Dictionary(series.labels, uniquingKeysWith: { first, _ in first })
                labels["namespace"] = pod.namespace
                labels["pod"] = pod.name
                if matches(labels) { sum += series.value(at: ticks[pod.name, default: 0]) }
            }
        }
        return sum
    }

    /// The destination- or waypoint-reported totals of `name` per (source ns/workload → destination
    /// ns/workload, connection_security_policy), as `sum by (...)` would give them.
    func edgeTotals(of name: String, ticks: [String: Int]) -> [String: Int] {
        var totals: [String: Int] = [:]
        for pod in pods {
            for series in pod.series where series.name == name {
                let labels = Dictionary(series.labels, uniquingKeysWith: { first, _ in first })
                guard labels["reporter"] == "destination" || labels["reporter"] == "waypoint" else { continue }
                totals[Self.edgeKey(labels), default: 0] += series.value(at: ticks[pod.name, default: 0])
            }
        }
        return totals
    }

    /// `src-ns/src → dst-ns/dst policy`.
    static func edgeKey(_ labels: [String: String]) -> String {
        let source = "\(labels["source_workload_namespace"] ?? "")/\(labels["source_workload"] ?? "")"
        let destination = "\(labels["destination_workload_namespace"] ?? "")/\(labels["destination_workload"] ?? "")"
        return "\(source) → \(destination) \(labels["connection_security_policy"] ?? "")"
    }
}
