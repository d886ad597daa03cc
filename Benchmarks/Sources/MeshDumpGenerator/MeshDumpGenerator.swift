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
    public static func dump(style: Style, lines: Int, seed: UInt64 = 42) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(lines * (style == .envoy ? 100 : 1000))
        write(style: style, lines: lines, seed: seed) { out.append(contentsOf: $0.utf8) }
        return out
    }

    /// Streams a dump of about `lines` lines to `sink`, in pieces of a few kilobytes.
    public static func write(style: Style, lines: Int, seed: UInt64 = 42, to sink: @escaping (String) -> Void) {
        switch style {
        case .federate, .exposition:
            // About 18 lines per edge (requests, 20 histogram lines, TCP, TLS) once the mesh is sized.
            let edgesNeeded = max(lines / 18, 4)
            let workloads = max(edgesNeeded * 2 / 5, 4)
            let mesh = MeshShape(workloads: workloads, namespaces: max(workloads / 40, 1), seed: seed)
            var writer = PrometheusDumpWriter(mesh: mesh, federate: style == .federate, seed: seed, sink: sink)
            writer.write(lineBudget: lines)
        case .envoy:
            let services = max(lines / 125, 2)
            let mesh = MeshShape(workloads: services, namespaces: max(services / 40, 1), seed: seed)
            var writer = EnvoyStatsDumpWriter(mesh: mesh, seed: seed, sink: sink)
            writer.write(lineBudget: lines)
        }
    }
}
