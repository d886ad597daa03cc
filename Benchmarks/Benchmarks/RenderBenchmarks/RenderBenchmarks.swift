import Benchmark
import MeshtopDashboard
import MeshtopModel
import MeshtopTelemetry

/// A mesh of 10,000 workloads in 100 namespaces with 100,000 edges (ten callers each), one in twenty
/// of them plaintext, as destination-reported `istio_requests_total` series.
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
    }
    let model = MeshModel()
    var accumulator = model.makeAccumulator(source: "bench", scrapeTime: 1_795_000_000_000)
    var parser = TelemetryParser()
    Array(text.utf8).withUnsafeBytes { parser.feed($0, into: &accumulator) }
    parser.finish(into: &accumulator)
    _ = model.add(accumulator.frame)
    return DashboardModel(snapshot: model.snapshot())
}

private let screens: [(String, Location)] = [
    ("mesh overview", .mesh), ("namespace", .namespace("ns-7")),
    ("workload", .workload(WorkloadID(namespace: "ns-7", name: "wl-7"))),
    ("alerts", .alerts), ("certificates", .certificates), ("edges", .edges),
]

let benchmarks: @Sendable () -> Void = {
    let model = largeMeshModel()
    for (name, location) in screens {
        Benchmark(
            "Render \(name) at 160x48, 10k workloads / 100k edges (rows cached)",
            configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))
        ) { benchmark in
            var state = AppState(model: model, width: 160, height: 48)
            state.location = location
            blackHole(DashboardRenderer.render(state))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(DashboardRenderer.render(state)) }
        }
        Benchmark(
            "Render \(name) at 160x48 right after a model update (rows rebuilt)",
            configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3), maxIterations: 50)
        ) { benchmark in
            var state = AppState(model: model, width: 160, height: 48)
            state.location = location
            for _ in benchmark.scaledIterations {
                state.replaceModel(model)
                blackHole(DashboardRenderer.render(state))
            }
        }
    }
}
