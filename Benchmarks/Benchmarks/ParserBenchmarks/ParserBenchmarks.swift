import Benchmark
import MeshtopTelemetry

let benchmarks: @Sendable () -> Void = {
    Benchmark("ByteText.equal") { benchmark in
        let bytes = Array("istio_requests_total".utf8)
        for _ in benchmark.scaledIterations {
            blackHole(bytes.withUnsafeBufferPointer { ByteText.equal($0, "istio_requests_total") })
        }
    }
}
