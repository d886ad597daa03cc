import MeshtopTelemetry
import Testing

/// How strict mode combines the tolerant reading with the strict checker, by format.
struct StrictVerdictTests {
    @Test func `valid OpenMetrics the tolerant reading flags passes`() {
        let text = "# HELP a x\u{0}y \\q\n# TYPE a gauge\na{b=\"\\q\"} 1 1e300\n# EOF\n"
        #expect(!parse(text).issues.isEmpty)
        let verdict = StrictVerdict.judge(Array(text.utf8))
        #expect(verdict.issues == [])
        #expect(verdict.count == 0)
    }

    @Test func `an OpenMetrics finding on a dropped line is an error`() {
        let verdict = StrictVerdict.judge(Array("# TYPE a gauge\na{b=\"1\" 1\na{b=\"1\",b=\"2\"} 2\n# EOF\n".utf8))
        #expect(verdict.issues.map(\.severity) == [.error, .violation])
        #expect(verdict.issues.map(\.line) == [2, 3])
        #expect(verdict.errorCount == 1)
        #expect(verdict.violationCount == 1)
    }

    @Test func `Prometheus text keeps the tolerant issues beside promtool's rules, in line order`() {
        let verdict = StrictVerdict.judge(Array("a{x=\"1\",x=\"2\"} 1\nb 1 1.5\nc{__name__=\"d\"} 1\n".utf8))
        #expect(
            verdict.issues.map { "\($0.line): \($0.reason)" } == [
                "1: duplicate label name 'x'",
                "2: float timestamp in text 0.0.4 (must be integer milliseconds)",
                "3: label name __name__ is reserved",
            ]
        )
        #expect(verdict.count == 3)
    }

    @Test func `the listing is limited but the count is not`() {
        let text = String(repeating: "a{x=\"1\",x=\"2\"} 1\n", count: 30)
        let verdict = StrictVerdict.judge(Array(text.utf8), limit: 5)
        #expect(verdict.issues.count == 5)
        #expect(verdict.count == 30)
    }

    @Test func `a format found only at the end is judged from the first line`() {
        var checker = StrictChecker()
        let text = Array("a{x=\"1\",x=\"2\"} 1\n# EOF\n".utf8)
        text.withUnsafeBytes { checker.feed($0, format: nil) }
        checker.finish(format: .openMetrics)
        #expect(checker.findings.sorted.map(\.line) == [1])
    }
}
