import Foundation
import Testing

/// `meshtop inspect --strict` run as a process: promtool's verdicts on text 0.0.4, the OpenMetrics 1.0
/// specification's on OpenMetrics, each with its exit status and message.
@Suite("meshtop inspect --strict")
struct InspectStrictTests {
    /// One input and the finding strict mode must print for it (`dump.txt:LINE:COLUMN: REASON`).
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var finding: String
        var testDescription: String { rule }
    }

    static let rejected: [Case] = [
        Case(
            rule: "promtool: le of a histogram is a float",
            text: "# TYPE metric histogram\nmetric_bucket{le=\"bla\"} 3.14\n",
            finding: "dump.txt:2:15: expected a float as the value of the 'le' label, got \"bla\""
        ),
        Case(
            rule: "promtool: quantile of a summary is a float",
            text: "# TYPE m summary\nm{quantile=\"x\"} 1\n",
            finding: "dump.txt:2:3: expected a float as the value of the 'quantile' label, got \"x\""
        ),
        Case(
            rule: "promtool: __name__ is reserved",
            text: "a{__name__=\"b\"} 1\n",
            finding: "dump.txt:1:3: label name __name__ is reserved"
        ),
        Case(
            rule: "promtool: label names are unique",
            text: "a{a=\"1\",a=\"1\"} 1\n",
            finding: "dump.txt:1:9: duplicate label name 'a'"
        ),
        Case(
            rule: "OpenMetrics Histogram: buckets are cumulative",
            text: "# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"+Inf\"} 3\nh_count 3\nh_sum 1\n# EOF\n",
            finding: "dump.txt:3:1: bucket counts are not cumulative (this bucket holds less than the one before)"
        ),
        Case(
            rule: "OpenMetrics Histogram: _count equals the +Inf bucket",
            text: "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 5\nh_count 4\nh_sum 1\n# EOF\n",
            finding: "dump.txt:3:1: h_count does not equal the +Inf bucket"
        ),
        Case(
            rule: "OpenMetrics metadata: UNIT is the name's suffix",
            text: "# TYPE foo counter\n# UNIT foo seconds\nfoo_total 1\n# EOF\n",
            finding:
                "dump.txt:2:12: unit 'seconds' is not the suffix of the family name 'foo' (it must end in _seconds)"
        ),
        Case(
            rule: "OpenMetrics metadata: before the family's samples",
            text: "# TYPE a gauge\na 1\n# HELP a late\n# EOF\n",
            finding: "dump.txt:3:1: # HELP for a after its samples (metadata comes before a family's samples)"
        ),
        Case(
            rule: "OpenMetrics ABNF: no blank lines",
            text: "# TYPE a gauge\na 1\n\n# EOF\n",
            finding: "dump.txt:3:1: blank line (the OpenMetrics grammar has none)"
        ),
        Case(
            rule: "OpenMetrics ABNF number: no hexadecimal floats",
            text: "# TYPE a gauge\na 0x1p-3\n# EOF\n",
            finding: "dump.txt:2:3: invalid value '0x1p-3' (not an OpenMetrics number)"
        ),
        Case(
            rule: "OpenMetrics Exemplars: at most 128 code points",
            text: "# TYPE c counter\nc_total 1 # {trace_id=\"\(String(repeating: "x", count: 121))\"} 1\n# EOF\n",
            finding: "dump.txt:2:11: exemplar labels are 129 code points long (at most 128)"
        ),
    ]

    private func inspect(_ text: String, _ arguments: [String] = []) throws -> TruthfulRun {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        return try TruthfulRun(
            files: ["dump.txt": Array(text.utf8)],
            ["inspect", "--strict"] + arguments + ["dump.txt"]
        )
    }

    @Test(arguments: rejected)
    func `a broken rule exits 1 naming line, column and reason`(example: Case) throws {
        let run = try inspect(example.text)
        #expect(run.status == 1)
        let listed = run.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(listed.contains(example.finding + " [violation]"), "output: \(run.output)")
        #expect(listed.contains("issues:    1 (0 errors, 1 violation)"), "output: \(run.output)")
    }

    @Test(arguments: rejected)
    func `the JSON lists the same finding`(example: Case) throws {
        let run = try inspect(example.text, ["--format", "json"])
        #expect(run.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        )
        let issues = try #require(object["issues"] as? [[String: Any]])
        #expect(issues.count == 1)
        let located = issues.first.map { "dump.txt:\($0["line"] ?? ""):\($0["column"] ?? ""): \($0["reason"] ?? "")" }
        #expect(located == example.finding)
        #expect(issues.first?["severity"] as? String == "violation")
        #expect(object["issue_count"] as? Int == 1)
    }

    @Test func `valid OpenMetrics the tolerant reading flags exits 0`() throws {
        let text = "# HELP a x\u{0}y\n# TYPE a gauge\na{b=\"\\q\"} 1 1e300\n# EOF\n"
        let tolerant = try TruthfulRun(files: ["dump.txt": Array(text.utf8)], ["inspect", "dump.txt"])
        #expect(!tolerant.output.contains("issues:    none"))
        let run = try inspect(text)
        #expect(run.status == 0, "output: \(run.output)")
        #expect(run.output.contains("issues:    none"))
    }

    @Test func `without --strict the same inputs exit 0`() throws {
        for example in Self.rejected {
            let run = try TruthfulRun(files: ["dump.txt": Array(example.text.utf8)], ["inspect", "dump.txt"])
            #expect(run.status == 0, "\(example.rule): \(run.output)")
        }
    }

    /// Real dumps that break their format's rules: those named so, one whose last line has no line feed
    /// (promtool: "unexpected end of input stream"), and an OpenMetrics test file with negative summary
    /// quantiles and sums and a `_sum` beside negative buckets, which the specification forbids.
    static let brokenFixtures: Set<String> = [
        "istio-1.11-sidecar-merged-15020-stats-prometheus-datadog.prom",
        "openmetrics-alltypes-exemplars-created.txt",
    ]

    @Test func `the real dumps that keep their format's rules pass and the others fail`() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let fixtures = MeshtopBinary.packageRoot.appendingPathComponent("Tests/MeshtopTelemetryTests/Fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
            .filter { $0.hasSuffix(".prom") || $0.hasSuffix(".txt") || $0.hasSuffix(".envoy") }
        #expect(names.count >= 15)
        for name in names {
            let run = try ProcessCapture.run(
                MeshtopBinary.url,
                ["inspect", "--strict", fixtures.appendingPathComponent(name).path]
            )
            let broken = name.contains("INVALID") || Self.brokenFixtures.contains(name)
            #expect(run.status == (broken ? 1 : 0), "\(name): \(run.output)")
        }
    }
}
