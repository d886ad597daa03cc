import ArgumentParser
import MeshtopSources

/// `--prometheus URL`, `--prometheus-mode` and `--telemetry` for every command that reads a Prometheus,
/// Thanos, Mimir or Cloud Monitoring server (the dashboard, `record`, `replay`, `check`, `plan`; `report`
/// embeds it in ``PrometheusOptions``); the fetch options (`--header`, `--bearer-token-file`, `--cacert`,
/// `--timeout`) are the sources' own.
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

    @Option(
        name: .customLong("telemetry"),
        help: "auto: detect; istio: istio_requests_total, …; cloud-monitoring: CSM's istio_io:service_* metrics."
    )
    var telemetry: TelemetryChoice = .auto

    /// For tests only: the federate byte budget, so a small mesh can show the advice a large one gets.
    @Option(name: .customLong("federate-budget-bytes"), help: .private)
    var federateBudgetBytes: Int = FederateRefreshBudget.defaultMaximumBytes

    /// The mode the server is read in: query mode where federation is not offered (``TelemetryChoice``).
    var effectiveMode: PrometheusOptions.Mode { fallbackNote == nil ? mode : .query }

    /// Why federation was asked for and query mode is used, or nil.
    var fallbackNote: String? {
        guard mode == .federate, let url, let endpoint = try? PrometheusEndpoint(base: url) else { return nil }
        return TelemetryChoice.federationFallbackNote(choice: telemetry, endpoint: endpoint)
    }

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
            if let fallbackNote { printError("meshtop: \(fallbackNote)") }
            switch effectiveMode {
            case .federate:
                return try PrometheusFederateSource(
                    base: url,
                    connection: connection,
                    telemetry: telemetry,
                    budget: federateBudget(interval: interval)
                )
            case .query: return try PrometheusQuerySource(base: url, connection: connection, telemetry: telemetry)
            }
        } catch {
            throw ValidationError("--prometheus: \(error)")
        }
    }
}

extension TelemetryChoice: ExpressibleByArgument {}

extension SourceArguments {
    /// The sources given and, with `--prometheus`, the server as one more, polled every `interval`.
    func makeSources(
        prometheus: PrometheusServerArguments,
        interval: Duration = .seconds(5),
        standardInputNotice: (@Sendable () -> Void)? = nil
    ) throws -> [any TelemetrySource] {
        let server = try prometheus.makeSource(connection: try fetch.prometheusConnection(), interval: interval)
        let others = sources.isEmpty && server != nil ? [] : try makeSources(standardInputNotice: standardInputNotice)
        return others + [server].compactMap { $0 }
    }
}
