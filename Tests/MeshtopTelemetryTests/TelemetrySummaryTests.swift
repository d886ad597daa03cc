import MeshtopTelemetry
import Testing

struct TelemetrySummaryTests {
    private func summarise(_ text: String, listing limit: Int = 20) -> TelemetrySummary {
        var parser = TelemetryParser()
        var summary = TelemetrySummary(issueListLimit: limit)
        Array(text.utf8).withUnsafeBytes { parser.feed($0, into: &summary) }
        parser.finish(into: &summary)
        return summary
    }

    @Test func countsDistinctFamiliesByKindIncludingDeclaredOnesWithoutSamples() {
        let summary = summarise(
            """
            # TYPE h histogram
            h_bucket{le="+Inf"} 1
            h_sum 1
            h_count 1
            # TYPE empty counter
            loose 1
            loose 2
            # TYPE g gauge
            g 1
            h_count 2

            """
        )
        #expect(summary.sampleCount == 7)
        #expect(summary.familyCount == 4)
        #expect(
            summary.familiesByKind.map { "\($0.kind.keyword) \($0.count)" } == [
                "counter 1", "gauge 1", "histogram 1", "untyped 1",
            ]
        )
    }

    /// Envoy-style input alternates families line by line; names that share length and end bytes, and more
    /// names than the recent-family cache has slots, must still count once each with their own kind.
    @Test func alternatingFamiliesWithLookAlikeNamesCountOnceEach() {
        var text = ""
        for round in 0..<3 {
            for index in 0..<1500 {
                let name = "cluster.c\(round).envoy_\(index % 2 == 0 ? "aa" : "bb")_\(index)_x_active"
                text += "\(name): \(index)\n"
                text += "cluster.c\(round).envoy_\(index)_y_total: 1\n"
            }
        }
        let summary = summarise(text)
        #expect(summary.sampleCount == 9000)
        #expect(summary.familyCount == 3000)
        #expect(
            summary.familiesByKind.map { "\($0.kind.keyword) \($0.count)" } == ["counter 1500", "gauge 1500"]
        )
    }

    @Test func countsEveryIssueButListsOnlyTheFirst() {
        let summary = summarise("bad\nworse\n# TYPE a gauge\n# TYPE a gauge\nugly x\n", listing: 2)
        #expect(summary.issueCount == 4)
        #expect(summary.errorCount == 3)
        #expect(summary.violationCount == 1)
        #expect(summary.issues.map(\.line) == [1, 2])
    }

    /// A summary fed by hand, as the parser would feed it.
    private func feed(_ summary: inout TelemetrySummary, _ samples: [(String, MetricKind)]) {
        for (name, kind) in samples {
            Sample(name: name, family: name, kind: kind, labels: [], value: 1).withView { summary.consume($0) }
        }
    }

    private func kinds(_ summary: TelemetrySummary) -> [String] {
        summary.familiesByKind.map { "\($0.kind.keyword) \($0.count)" }
    }

    @Test func theLastKindAppliedToAFamilyWinsWhateverCameBetween() {
        var summary = TelemetrySummary()
        feed(&summary, [("x", .counter)])
        Array("x".utf8).withUnsafeBufferPointer { summary.declare(family: $0, kind: .histogram) }
        #expect(kinds(summary) == ["histogram 1"])
        feed(&summary, [("x", .counter)])
        #expect(kinds(summary) == ["counter 1"])
        feed(&summary, [("y", .gauge), ("y", .untyped)])
        #expect(kinds(summary) == ["counter 1", "gauge 1"])
    }

    @Test func copiesCountIndependently() {
        var first = TelemetrySummary()
        feed(&first, [("a", .counter), ("b", .gauge)])
        var second = first
        feed(&first, [("c", .counter), ("a", .counter)])
        feed(&second, [("d", .summary), ("a", .counter), ("c", .counter), ("b", .gauge)])
        #expect(first.familyCount == 3)
        #expect(kinds(first) == ["counter 2", "gauge 1"])
        #expect(second.familyCount == 4)
        #expect(kinds(second) == ["counter 2", "gauge 1", "summary 1"])
        #expect(first.sampleCount == 4)
        #expect(second.sampleCount == 6)
        #expect(series(first) == ["a counter 2", "b gauge 1", "c counter 1"])
        #expect(series(second) == ["a counter 2", "b gauge 2", "c counter 1", "d summary 1"])
    }

    private func series(_ summary: TelemetrySummary) -> [String] {
        summary.seriesByFamily.map { "\($0.name) \($0.kind.keyword) \($0.series)" }
    }

    @Test func listsEveryFamilyWithItsSeriesMostFirstThenByName() {
        let summary = summarise(
            """
            # TYPE h histogram
            h_bucket{le="1"} 0
            h_bucket{le="+Inf"} 1
            h_sum 1
            h_count 1
            # TYPE declared_only counter
            # TYPE b gauge
            b{x="1"} 1
            b{x="2"} 1
            loose 1
            a 1
            a{x="2"} 2

            """
        )
        #expect(
            series(summary) == [
                "h histogram 4", "a untyped 2", "b gauge 2", "loose untyped 1", "declared_only counter 0",
            ]
        )
    }

    /// Series counted through the recent-family cache and through the table (more families than the cache
    /// has slots, alternating line by line) add up to the same figures.
    @Test func seriesCountsSurviveCacheHitsMissesAndEvictions() {
        var text = ""
        for round in 0..<4 {
            for index in 0..<5000 {
                text += "cluster.envoy_\(index)_x_active: \(round)\n"
                if index % 10 == 0 { text += "cluster.envoy_\(index)_x_active: \(round)\n" }
            }
        }
        let summary = summarise(text)
        let rows = summary.seriesByFamily
        #expect(rows.count == 5000)
        #expect(rows.reduce(0) { $0 + $1.series } == summary.sampleCount)
        #expect(rows.prefix(500).allSatisfy { $0.series == 8 })
        #expect(rows.dropFirst(500).allSatisfy { $0.series == 4 })
        #expect(rows.first?.name == "envoy_cluster_envoy_0_x_active")
    }
}
