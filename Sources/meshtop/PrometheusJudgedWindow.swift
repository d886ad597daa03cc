import MeshtopModel
import MeshtopSession
import MeshtopSources

/// The window `check --prometheus` and `plan --prometheus` judge: `--from`/`--to` on the server's clock
/// (`-5m` back from now, `+10m` is not accepted; absolute forms in UTC, as for files), or the minute
/// ending now, read in either mode as two instants whose difference is the window's increase.
struct PrometheusJudgedWindow {
    /// `--from`, as typed.
    var from: String?
    /// `--to`, as typed.
    var to: String?
    /// The window when `--from` is not given, milliseconds.
    static let standardLength = WindowLength.standard

    /// The window's start and end in unix milliseconds, given the wall time `now`.
    ///
    /// - Throws: ``CommandInputError`` for a time that does not parse, lies after `now`, or an empty window.
    func bounds(now: Int64) throws -> (start: Int64, end: Int64) {
        let end = try Self.instant(to, option: "--to", now: now) ?? now
        let start =
            try Self.instant(from, option: "--from", now: now)
            ?? end.subtractingReportingOverflow(Self.standardLength).partialValue
        guard start < end else {
            throw CommandInputError(
                "--from must be before --to: the window would run from \(UnixTime.text(milliseconds: start)) "
                    + "to \(UnixTime.text(milliseconds: end))"
            )
        }
        return (start, end)
    }

    /// The snapshot of the window on `server`, read in its effective mode for the telemetry it names.
    ///
    /// - Throws: ``CommandInputError`` naming the server (without credentials) and what went wrong.
    func snapshot(
        _ server: PrometheusServerArguments,
        connection: PrometheusConnection,
        now: Int64 = WallClock.nowMilliseconds()
    ) async throws -> MeshSnapshot {
        guard let url = server.url else { throw CommandInputError("--prometheus: no server") }
        let (start, end) = try bounds(now: now)
        let name: String
        let frames: InstantFrames
        do throws(PrometheusAPIError) {
            if let note = server.fallbackNote { printError("meshtop: \(note)") }
            switch server.effectiveMode {
            case .federate:
                let client = try PrometheusQueryClient(base: url, connection: connection)
                let telemetry = server.telemetry
                name = client.displayName
                frames = InstantFrames(evaluate: { instant in
                    try await client.federatedFrame(at: instant, telemetry: telemetry)
                })
            case .query:
                let source = try PrometheusQuerySource(base: url, connection: connection, telemetry: server.telemetry)
                name = source.name
                frames = InstantFrames(server: source)
            }
        } catch {
            throw CommandInputError("--prometheus: \(error)")
        }
        do {
            return try await frames.snapshot(at: end, length: end - start)
        } catch {
            throw CommandInputError("\(name): \(error)")
        }
    }

    private static func instant(_ text: String?, option: String, now: Int64) throws -> Int64? {
        guard let text else { return nil }
        let expression: TimeExpression
        do {
            expression = try TimeExpression(parsing: text)
        } catch {
            throw CommandInputError("\(option): \(error.description)")
        }
        if case .relative(let delta) = expression, delta > 0 {
            throw CommandInputError("\(option) \(text): with --prometheus, count back from now (-5m), not forward")
        }
        let instant = expression.resolve(current: now)
        guard instant <= now else {
            throw CommandInputError("\(option) \(text) is after now: Prometheus has no samples there yet")
        }
        return instant
    }
}
