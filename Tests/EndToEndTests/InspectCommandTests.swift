import Foundation
import Testing

/// `meshtop inspect` run as a process: the family listing, its JSON, and exit codes.
@Suite("meshtop inspect")
struct InspectCommandTests {
    /// A histogram of four series, a gauge of two, a counter of two, an untyped family of one, and a family
    /// declared without samples.
    private static let dump = """
        # TYPE latency histogram
        latency_bucket{le="0.1"} 1
        latency_bucket{le="+Inf"} 2
        latency_sum 0.3
        latency_count 2
        # TYPE requests_total counter
        requests_total{code="200"} 10
        requests_total{code="500"} 1
        # TYPE in_flight gauge
        in_flight{pod="a"} 1
        in_flight{pod="b"} 2
        loose 1
        # TYPE never_sampled counter

        """

    /// Runs `meshtop inspect` with `arguments` and a file holding ``dump``, named last.
    private func inspect(_ arguments: [String]) throws -> ProcessCapture.Result {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let path = try ReportCommandTests.dump(Self.dump)
        defer { ReportCommandTests.remove(path) }
        return try ProcessCapture.run(MeshtopBinary.url, ["inspect"] + arguments + [path])
    }

    @Test("--families lists every family with kind and series, most series first, then by name")
    func familiesAsText() throws {
        let run = try inspect(["--families"])
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        let lines = run.output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        let start = try #require(lines.firstIndex(of: "series by family:"))
        #expect(
            Array(lines[(start + 1)...].prefix(6)) == [
                "SERIES KIND FAMILY",
                "4 histogram latency",
                "2 gauge in_flight",
                "2 counter requests_total",
                "1 untyped loose",
                "0 counter never_sampled",
            ]
        )
        #expect(lines.contains("families: 5 (counter 2, gauge 1, histogram 1, untyped 1)"))
    }

    @Test("Without --families there is no listing")
    func noListingByDefault() throws {
        let run = try inspect([])
        #expect(run.status == 0)
        #expect(!run.output.contains("series by family"))
        let json = try inspect(["--format", "json"])
        #expect(!json.output.contains("series_by_family"))
    }

    @Test("JSON carries series_by_family and snake_case keys beside the camelCase ones")
    func familiesAsJSON() throws {
        let run = try inspect(["--families", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let families = try #require(object["series_by_family"] as? [[String: Any]])
        #expect(
            families.compactMap { $0["name"] as? String } == [
                "latency", "in_flight", "requests_total", "loose", "never_sampled",
            ]
        )
        #expect(families.compactMap { $0["series"] as? Int } == [4, 2, 2, 1, 0])
        #expect(
            families.compactMap { $0["kind"] as? String } == [
                "histogram", "gauge", "counter", "untyped", "counter",
            ]
        )
        let kinds = ["counter": 2, "gauge": 1, "histogram": 1, "untyped": 1]
        #expect(object["families_by_kind"] as? [String: Int] == kinds)
        #expect(object["familiesByKind"] as? [String: Int] == kinds)
        #expect(object["issue_count"] as? Int == 0)
        #expect(object["issueCount"] as? Int == 0)
        #expect(object["megabytes_per_second"] is Double)
        #expect(object["megabytesPerSecond"] is Double)
        #expect(object["samples"] as? Int == 9)
    }

    @Test("An unreadable input exits 2 and names it, with or without --families")
    func unreadableInput() throws {
        let run = try ProcessCapture.run(MeshtopBinary.url, ["inspect", "--families", "/nonexistent/absent.prom"])
        #expect(run.status == 2)
        #expect(run.error.contains("meshtop inspect: "))
        #expect(run.error.contains("absent.prom"))
    }
}
