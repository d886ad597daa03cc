import MeshtopModel
import MeshtopTelemetry
import Testing

/// Increases over a window follow Prometheus `increase()`: a decrease is a reset.
@Suite struct CounterIncreaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var values: [Double]
        var expected: Double
        var testDescription: String { "\(values) → \(expected)" }
    }

    static let cases: [Case] = [
        Case(values: [10], expected: 10),
        Case(values: [10, 15], expected: 5),
        Case(values: [10, 15, 15], expected: 5),
        Case(values: [10, 4], expected: 4),
        Case(values: [10, 12, 3, 5], expected: 2 + 3 + 2),
        Case(values: [0, 0, 9], expected: 9),
    ]

    @Test(arguments: cases)
    func plaintextRequestsIncreaseAcrossResets(_ testCase: Case) {
        let model = MeshModel()
        for (index, value) in testCase.values.enumerated() {
            let sample = MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "none", value)
            model.scrape([sample], at: 1_000_000 + Int64(index) * 15_000)
        }
        let snapshot = model.snapshot()
        #expect(snapshot.mesh.requests.plaintext == testCase.expected)
        #expect(snapshot.isWindow == (testCase.values.count > 1))
    }

    @Test func aSeriesAppearingInALaterScrapeCountsFromZero() {
        let model = MeshModel()
        let old = MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "mutual_tls", 50)
        model.scrape([old], at: 0)
        let new = MeshSamples.istio(reporter: "destination", from: "a/w", to: "b/y", policy: "none", 4)
        model.scrape([old, new], at: 15_000)
        #expect(model.snapshot().mesh.requests == ClassCounts(plaintext: 4))
    }

    @Test func historyKeepsOneStepPerScrape() throws {
        let model = MeshModel(thresholds: Thresholds(historyLength: 2))
        for (index, value) in [10.0, 12, 20].enumerated() {
            let sample = MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "none", value)
            model.scrape([sample], at: Int64(index) * 15_000)
        }
        let workload = try #require(model.snapshot().workload(WorkloadID(namespace: "b", name: "y")))
        #expect(workload.history.map(\.requests.plaintext) == [2, 8])
        #expect(workload.history.map(\.seconds) == [15, 15])
        #expect(model.snapshot().namespace(named: "b")?.history.map(\.time) == [15_000, 30_000])
    }

    @Test func aSourceThatStopsDeliveringIsMarkedStaleNotDropped() {
        let model = MeshModel()
        let sample = MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "mutual_tls", 1)
        model.scrape([sample], at: 0, source: "old")
        model.scrape([sample], at: 15_000, source: "old")
        model.scrape([sample], at: 0, source: "live")
        model.scrape([sample], at: 15_000, source: "live")
        model.scrape([sample], at: 90_000, source: "live")
        let snapshot = model.snapshot()
        #expect(snapshot.sources.map(\.isStale) == [false, true])
        #expect(snapshot.alerts.contains { $0.code == .sourceStale && $0.summary.hasPrefix("old ") })
        #expect(snapshot.edges.count == 1)
    }

    @Test func aFrameNotNewerThanItsSourcesLatestIsRefused() {
        let model = MeshModel()
        let sample = MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "none", 5)
        model.scrape([sample], at: 30_000)
        var accumulator = model.makeAccumulator(source: "mesh.prom", scrapeTime: 30_000)
        sample.withView { accumulator.consume($0) }
        #expect(!model.add(accumulator.frame))
        #expect(model.frameCount == 1)
        #expect(model.lastTime(of: accumulator.sourceIndex) == 30_000)
    }
}
