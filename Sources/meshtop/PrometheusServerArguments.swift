import ArgumentParser
import MeshtopSources

/// `--prometheus URL` and `--prometheus-mode` for the commands that follow a Prometheus, Thanos or Mimir
/// server over time (the dashboard, `record`, `replay`); the fetch options (`--header`, `--bearer-token-file`,
/// `--cacert`, `--timeout`) are the sources' own.
struct PrometheusServerArguments: ParsableArguments {
    @Option(
        name: .customLong("prometheus"),
        help: ArgumentHelp("Read the mesh from this Prometheus, Thanos or Mimir server.", valueName: "url")
    )
    var url: String?

    @Option(
        name: .customLong("prometheus-mode"),
        help: "federate: the raw series from /federate; query: aggregations on the server (large meshes)."
    )
    var mode: PrometheusOptions.Mode = .federate

    /// For tests only: the federate byte budget, so a small mesh can show the advice a large one gets.
    @Option(name: .customLong("federate-budget-bytes"), help: .private)
    var federateBudgetBytes: Int = FederateRefreshBudget.defaultMaximumBytes

    func validate() throws {
        guard let url else { return }
        do throws(PrometheusAPIError) {
            _ = try PrometheusEndpoint(base: url)
        } catch {
            throw ValidationError("--prometheus: \(error)")
        }
    }

    /// The federate budget for refreshes every `interval`.
    func federateBudget(interval: Duration = .seconds(5)) -> FederateRefreshBudget {
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        return FederateRefreshBudget(maximumBytes: federateBudgetBytes, maximumSeconds: seconds)
    }

    /// The server as a source polled every `interval` in the chosen mode, or nil without `--prometheus`.
    func makeSource(
        connection: PrometheusConnection,
        interval: Duration = .seconds(5)
    ) throws -> (any TelemetrySource)? {
        guard let url else { return nil }
        do throws(PrometheusAPIError) {
            switch mode {
            case .federate:
                return try PrometheusFederateSource(
                    base: url,
                    connection: connection,
                    budget: federateBudget(interval: interval)
                )
            case .query: return try PrometheusQuerySource(base: url, connection: connection)
            }
        } catch {
            throw ValidationError("--prometheus: \(error)")
        }
    }
}

extension SourceArguments {
    /// The sources given and, with `--prometheus`, the server as one more, polled every `interval`.
    func makeSources(
        prometheus: PrometheusServerArguments,
        interval: Duration = .seconds(5)
    ) throws -> [any TelemetrySource] {
        let server = try prometheus.makeSource(connection: try fetch.prometheusConnection(), interval: interval)
        let others = sources.isEmpty && server != nil ? [] : try makeSources()
        return others + [server].compactMap { $0 }
    }
}
