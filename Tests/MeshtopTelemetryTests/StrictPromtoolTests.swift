import Foundation
import MeshtopTelemetry
import Testing

/// Prometheus text 0.0.4 in strict mode is judged as `promtool check metrics` judges it.
@Suite("Prometheus text strict: promtool's rules")
struct StrictPromtoolTests {
    /// Inputs promtool rejects, with what strict mode says (`line: reason`).
    static let rejected: [StrictCase] = [
        StrictCase(
            "le of a histogram is a float",
            "# TYPE metric histogram\nmetric_bucket{le=\"bla\"} 3.14\n",
            ["2: expected a float as the value of the 'le' label, got \"bla\""]
        ),
        StrictCase(
            "le of any histogram sample is a float",
            "# TYPE h histogram\nh_count{le=\"x\"} 1\n",
            ["2: expected a float as the value of the 'le' label, got \"x\""]
        ),
        StrictCase(
            "le is a float without blanks",
            "# TYPE h histogram\nh_bucket{le=\" 1\"} 1\n",
            ["2: expected a float as the value of the 'le' label, got \" 1\""]
        ),
        StrictCase(
            "le is not a hexadecimal number",
            "# TYPE h histogram\nh_bucket{le=\"0x10\"} 1\n",
            ["2: expected a float as the value of the 'le' label, got \"0x10\""]
        ),
        StrictCase(
            "quantile of a summary is a float",
            "# TYPE m summary\nm{quantile=\"x\"} 1\n",
            ["2: expected a float as the value of the 'quantile' label, got \"x\""]
        ),
        StrictCase(
            "quantile of a summary's _sum is a float",
            "# TYPE m summary\nm_sum{quantile=\"x\"} 1\n",
            ["2: expected a float as the value of the 'quantile' label, got \"x\""]
        ),
        StrictCase("the __name__ label is reserved", "a{__name__=\"b\"} 1\n", ["1: label name __name__ is reserved"]),
        StrictCase("label names are unique", "a{a=\"1\",a=\"1\"} 1\n", ["1: duplicate label name 'a'"]),
        StrictCase(
            "label names are unique, with blanks",
            "a { a = \"1\" , b=\"2\", a=\"3\" } 1\n",
            ["1: duplicate label name 'a'"]
        ),
        StrictCase("the value is a Go float", "a 0x1p-3\n", ["1: expected a float as the value, got '0x1p-3'"]),
        StrictCase(
            "the timestamp is integer milliseconds",
            "a 1 1.5\n",
            ["1: float timestamp in text 0.0.4 (must be integer milliseconds)"]
        ),
        StrictCase("one HELP per family", "# HELP a x\n# HELP a y\na 1\n", ["2: duplicate # HELP for a"]),
        StrictCase("TYPE before samples", "a 1\n# TYPE a gauge\n", ["2: # TYPE for a after its samples"]),
        StrictCase(
            "the last line ends with a line feed",
            "a 1\n# TYPE b gauge",
            ["2: the last line does not end with a line feed (text 0.0.4 requires one)"]
        ),
        StrictCase("escapes in label values", "a{a=\"\\q\"} 1\n", ["1: invalid escape sequence in label value"]),
    ]

    /// Inputs promtool accepts (its lint may still warn).
    static let accepted: [StrictCase] = [
        StrictCase("le of an untyped family is any text", "metric_bucket{le=\"bla\"} 3.14\n"),
        StrictCase("quantile of an untyped family is any text", "m{quantile=\"x\"} 1\n"),
        StrictCase("le in exponent form", "# TYPE h histogram\nh_bucket{le=\"1e3\"} 1\nh_bucket{le=\"+Inf\"} 1\n"),
        StrictCase(
            "buckets need not be cumulative in 0.0.4",
            "# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"+Inf\"} 3\nh_count 3\n"
        ),
        StrictCase("families may be interleaved in 0.0.4", "# TYPE a counter\na_total 1\nb 1\na_total{x=\"1\"} 2\n"),
        StrictCase("labels beginning with _ are allowed", "a{_x=\"1\"} 1\n"),
        StrictCase("blank lines", "a 1\n\nb 2\n"),
        StrictCase("blanks after the last line feed", "a 1\n  "),
        StrictCase("trailing comma and empty label set", "a{b=\"1\",} 1\nc{} 2\n"),
        StrictCase(
            "values Go reads",
            "a{x=\"1\"} NaN\na{x=\"2\"} +Inf\na{x=\"3\"} -inf\na{x=\"4\"} .5\na{x=\"5\"} 1.\na{x=\"6\"} 1E5\n"
        ),
    ]

    @Test(arguments: rejected + accepted)
    func `judged like promtool`(rule: StrictCase) {
        let verdict = StrictVerdict.judge(Array(rule.text.utf8))
        #expect(verdict.issues.map { "\($0.line): \($0.reason)" } == rule.expected)
        #expect(verdict.count == rule.expected.count)
    }

    /// The promtool installed here, if any.
    static let promtool = ["/usr/bin/promtool", "/usr/local/bin/promtool"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(
        .enabled(if: promtool != nil, "promtool is not installed: verdicts not confirmed against it"),
        arguments: rejected + accepted
    )
    func `promtool agrees`(rule: StrictCase) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.promtool))
        process.arguments = ["check", "metrics"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(rule.text.utf8))
        try input.fileHandleForWriting.close()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Exit 1 with a parsing error is a rejection; lint warnings alone (exit 3) are not.
        let rejects = said.contains("parsing error")
        #expect(rejects == !rule.expected.isEmpty, "promtool said: \(said)")
    }
}
