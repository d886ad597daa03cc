import Benchmark
import MeshtopDashboard
import MeshtopModel
import MeshtopTelemetry

/// A mesh of 10,000 workloads in 100 namespaces with 100,000 edges (ten callers each), one in twenty
/// of them plaintext, as destination-reported `istio_requests_total` series, and one workload certificate
/// each, expiring over the next thirty days.
private func largeMeshModel() -> DashboardModel {
    var text = ""
    text.reserveCapacity(40_000_000)
    let workloads = 10_000
    for destination in 0..<workloads {
        for caller in 1...10 {
            let source = (destination * 7 + caller * 131) % workloads
            let policy = (destination + caller) % 20 == 0 ? "none" : "mutual_tls"
            text += "istio_requests_total{reporter=\"destination\",source_workload=\"wl-\(source)\","
            text += "source_workload_namespace=\"ns-\(source % 100)\",destination_workload=\"wl-\(destination)\","
            text +=
                "destination_workload_namespace=\"ns-\(destination % 100)\",connection_security_policy=\"\(policy)\"} "
            text += "\(destination + caller)\n"
        }
        text +=
            "istio_agent_cert_expiry_seconds{namespace=\"ns-\(destination % 100)\",deployment=\"wl-\(destination)\","
        text += "resource_name=\"default\"} \(3_600 + destination * 259)\n"
    }
    let model = MeshModel()
    var accumulator = model.makeAccumulator(source: "bench", scrapeTime: 1_795_000_000_000)
    var parser = TelemetryParser()
    Array(text.utf8).withUnsafeBytes { parser.feed($0, into: &accumulator) }
    parser.finish(into: &accumulator)
    _ = model.add(accumulator.frame)
    return DashboardModel(snapshot: model.snapshot())
}

/// Every screen, with the help overlay over the mesh overview; the alert detail shows the first alert.
private func screens(of model: DashboardModel) -> [(name: String, location: Location, help: Bool)] {
    var screens: [(name: String, location: Location, help: Bool)] = [
        ("mesh overview", .mesh, false), ("namespace", .namespace("ns-7"), false),
        ("workload", .workload(WorkloadID(namespace: "ns-7", name: "wl-7")), false),
        ("edges", .edges, false), ("alerts", .alerts, false), ("certificates", .certificates, false),
        ("readiness", .readiness, false), ("namespace readiness", .namespaceReadiness("ns-7"), false),
        ("sources", .sources, false),
    ]
    if let alert = model.alerts.first { screens.append(("alert detail", .alert(alert.id), false)) }
    screens.append(("help", .mesh, true))
    return screens
}

let benchmarks: @Sendable () -> Void = {
    let model = largeMeshModel()
    for (name, location, help) in screens(of: model) {
        Benchmark(
            "Render \(name) at 160x48, 10k workloads / 100k edges (rows cached)",
            configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))
        ) { benchmark in
            var state = AppState(model: model, width: 160, height: 48)
            state.location = location
            state.showHelp = help
            blackHole(DashboardRenderer.render(state))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(DashboardRenderer.render(state)) }
            // Freeing the state's cached tables is no part of a cached frame: it happens once, when the
            // dashboard exits. Without this it fell inside the measurement (the state dies after its last use).
            benchmark.stopMeasurement()
            withExtendedLifetime(state) {}
        }
        Benchmark(
            "Render \(name) at 160x48 right after a model update (rows rebuilt)",
            configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3), maxIterations: 50)
        ) { benchmark in
            var state = AppState(model: model, width: 160, height: 48)
            state.location = location
            state.showHelp = help
            for _ in benchmark.scaledIterations {
                state.replaceModel(model)
                blackHole(DashboardRenderer.render(state))
            }
            // Each iteration frees the previous update's tables, as the dashboard does; the last state's are
            // freed after the measurement.
            benchmark.stopMeasurement()
            withExtendedLifetime(state) {}
        }
    }
}
