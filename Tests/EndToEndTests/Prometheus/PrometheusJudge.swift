import MeshtopSources

/// Asks the server itself, in PromQL, what the figures are: the answers meshtop must agree with.
struct PrometheusJudge {
    let client: PrometheusQueryClient

    static let edgeLabels =
        "source_workload, source_workload_namespace, destination_workload, destination_workload_namespace, connection_security_policy"

    /// `sum by (edge) (metric{reporter=~"destination|waypoint"})` of every figure at `time`.
    func totals(at time: Int64) async throws -> EdgeFigures {
        try await figures(at: time) { "sum by (\(Self.edgeLabels)) (\($0){reporter=~\"destination|waypoint\"})" }
    }

    /// The same sums at `later` minus those at `earlier` (two instant queries).
    func difference(from earlier: Int64, to later: Int64) async throws -> EdgeFigures {
        let before = try await totals(at: earlier)
        var after = try await totals(at: later)
        for (key, value) in before.edges { after.edges[key, default: 0] -= value }
        for (key, value) in before.namespaces { after.namespaces[key, default: 0] -= value }
        return after
    }

    /// `sum by (edge) (increase(metric{…}[window]))` at `time`: extrapolated, so only roughly the difference.
    func increase(over windowMilliseconds: Int64, at time: Int64) async throws -> EdgeFigures {
        try await figures(at: time) {
            "sum by (\(Self.edgeLabels)) (increase(\($0){reporter=~\"destination|waypoint\"}[\(windowMilliseconds)ms]))"
        }
    }

    /// Counter resets of every Istio series between `earlier` and `later`.
    func resets(from earlier: Int64, to later: Int64) async throws -> Double {
        var total = 0.0
        for metric in PrometheusMeshQueries.istioCounters {
            let answer = try await client.query("sum(resets(\(metric)[\(later - earlier)ms]))", at: later)
            total += answer.series.first?.value.number ?? 0
        }
        return total
    }

    private func figures(at time: Int64, _ query: (String) -> String) async throws -> EdgeFigures {
        func answer(_ metric: String) async throws -> [String: Double] {
            let result = try await client.query(query(metric), at: time)
            var values: [String: Double] = [:]
            for element in result.series {
                values[FakeMesh.edgeKey(element.metric), default: 0] += element.value.number ?? .nan
            }
            return values
        }
        let sent = try await answer("istio_tcp_sent_bytes_total")
        let received = try await answer("istio_tcp_received_bytes_total")
        return EdgeFigures.promQL(
            requests: try await answer("istio_requests_total"),
            connections: try await answer("istio_tcp_connections_opened_total"),
            bytes: sent.merging(received, uniquingKeysWith: +)
        )
    }
}
