import ArgumentParser
import MeshtopModel
import MeshtopSession
import MeshtopSources

/// One moment of a query-mode Prometheus for `--once`: the window ending at an instant, or a clear error.
enum PrometheusMoment {
    /// The snapshot of the window of `windowLength` ms ending at `instant`, its alerts with their lifecycle;
    /// a failure exits 2 saying why.
    static func snapshot(
        of server: PrometheusQuerySource,
        at instant: Int64,
        windowLength: Int64,
        command: String
    ) async throws -> MeshSnapshot {
        let frames = InstantFrames(server: server)
        do {
            return try await frames.snapshotWithAlertLifecycle(at: instant, length: windowLength)
        } catch {
            printError("\(command): \(Terminal.safe(server.name)): \(Terminal.safe("\(error)"))")
            throw ExitCode(2)
        }
    }
}
