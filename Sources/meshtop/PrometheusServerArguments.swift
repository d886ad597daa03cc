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

    func validate() throws {
        guard let url else { return }
        do throws(PrometheusAPIError) {
            _ = try PrometheusEndpoint(base: url)
        } catch {
            throw ValidationError("--prometheus: \(error)")
        }
    }

    /// The server as a polled source in the chosen mode, or nil without `--prometheus`.
    func makeSource(connection: PrometheusConnection) throws -> (any TelemetrySource)? {
        guard let url else { return nil }
        do throws(PrometheusAPIError) {
            switch mode {
            case .federate: return try PrometheusFederateSource(base: url, connection: connection)
            case .query: return try PrometheusQuerySource(base: url, connection: connection)
            }
        } catch {
            throw ValidationError("--prometheus: \(error)")
        }
    }
}

extension SourceArguments {
    /// The sources given and, with `--prometheus`, the server as one more.
    func makeSources(
        prometheus: PrometheusServerArguments,
        standardInputNotice: (@Sendable () -> Void)? = nil
    ) throws -> [any TelemetrySource] {
        let server = try prometheus.makeSource(connection: try fetch.prometheusConnection())
        let others = sources.isEmpty && server != nil ? [] : try makeSources(standardInputNotice: standardInputNotice)
        return others + [server].compactMap { $0 }
    }
}
