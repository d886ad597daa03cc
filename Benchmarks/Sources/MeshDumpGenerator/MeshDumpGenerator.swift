/// Writes deterministic, realistic telemetry dumps of a synthetic Istio mesh for benchmarks.
///
/// Three styles: what Prometheus `/federate` returns for a whole mesh (sorted labels, scrape labels,
/// a millisecond timestamp on every sample), what one sidecar's `:15020/stats/prometheus` exposes
/// (HELP/TYPE, histograms), and what one sidecar's Envoy admin `/stats` prints.
public enum MeshDumpGenerator {
    /// The dump styles.
    public enum Style: String, Sendable, CaseIterable {
        case federate
        case exposition
        case envoy
    }

    /// A dump of about `lines` lines in `style`; the same arguments always give the same bytes.
    ///
    /// - Parameter elapsedSeconds: for the Prometheus styles, how long after the base time the dump is taken:
    ///   the same series, with counters grown and certificates nearer expiry
    ///   (see ``write(mesh:style:seed:elapsedSeconds:to:)``).
    public static func dump(style: Style, lines: Int, seed: UInt64 = 42, elapsedSeconds: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(lines * (style == .envoy ? 100 : 1000))
        write(style: style, lines: lines, seed: seed, elapsedSeconds: elapsedSeconds) {
            out.append(contentsOf: $0.utf8)
        }
        return out
    }

    /// Streams a dump of about `lines` lines to `sink`, in pieces of a few kilobytes.
    public static func write(
        style: Style,
        lines: Int,
        seed: UInt64 = 42,
        elapsedSeconds: Int = 0,
        to sink: @escaping (String) -> Void
    ) {
        switch style {
        case .federate, .exposition:
            // About 18 lines per edge (requests, 20 histogram lines, TCP, TLS) once the mesh is sized.
            let edgesNeeded = max(lines / 18, 4)
            let workloads = max(edgesNeeded * 2 / 5, 4)
            let mesh = MeshShape(workloads: workloads, namespaces: max(workloads / 40, 1), seed: seed)
            var writer = PrometheusDumpWriter(
                mesh: mesh,
                federate: style == .federate,
                seed: seed,
                elapsedSeconds: elapsedSeconds,
                sink: sink
            )
            writer.write(lineBudget: lines)
        case .envoy:
            let services = max(lines / 125, 2)
            let mesh = MeshShape(workloads: services, namespaces: max(services / 40, 1), seed: seed)
            var writer = EnvoyStatsDumpWriter(mesh: mesh, seed: seed, sink: sink)
            writer.write(lineBudget: lines)
        }
    }

    /// Streams the Prometheus text of every edge of `mesh` (one response code) to `sink`.
    ///
    /// Dumps of one mesh and seed taken `elapsedSeconds` apart hold the same series: each counter grows at
    /// its own steady rate (0–6 a second), certificates have that much less time left, and federate
    /// samples carry the later timestamp. `style` must be `.federate` or `.exposition`.
    public static func write(
        mesh: MeshShape,
        style: Style = .federate,
        seed: UInt64 = 42,
        elapsedSeconds: Int = 0,
        to sink: @escaping (String) -> Void
    ) {
        precondition(style != .envoy, "whole-mesh dumps are Prometheus text")
        var writer = PrometheusDumpWriter(
            mesh: mesh,
            federate: style == .federate,
            seed: seed,
            elapsedSeconds: elapsedSeconds,
            sink: sink
        )
        writer.writeAll()
    }
}
