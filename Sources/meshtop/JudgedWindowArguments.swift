import ArgumentParser
import MeshtopModel
import MeshtopSources

/// The telemetry options `check` and `plan` share: the window frames (or a Prometheus server) are cut to,
/// and how much traffic a verdict needs.
struct JudgedWindowArguments: ParsableArguments {
    // Unconditional, as in `report`: `--from -5m` takes `-5m` as the time, not as an option.
    @Option(
        parsing: .unconditional,
        help:
            "Judge only recorded frames from this time: +10m (from the start), -5m (from the end; with --prometheus, from now), 14:10, ISO, epoch."
    )
    var from: String?

    @Option(parsing: .unconditional, help: "Judge only recorded frames up to this time, in the same forms as --from.")
    var to: String?

    @Option(help: "Requests plus connections a namespace or workload needs before it can be READY.")
    var minObservations: Double = 100

    /// The snapshot `check` and `plan` judge: `sources` cut to the window, or with `--prometheus` the
    /// server's window; nil when there is neither.
    ///
    /// - Throws: ``CommandInputError`` for a bad time, an input that cannot be read or a server that fails.
    func snapshot(
        sources: [String],
        prometheus: PrometheusServerArguments,
        fetch: FetchArguments,
        command: String
    ) async throws -> MeshSnapshot? {
        if prometheus.url != nil {
            return try await PrometheusJudgedWindow(from: from, to: to).snapshot(
                prometheus,
                connection: try fetch.prometheusConnection()
            )
        }
        guard !sources.isEmpty else { return nil }
        return try await WindowedTelemetry(from: from, to: to, caFile: fetch.caFile, command: command).snapshot(sources)
    }
}
