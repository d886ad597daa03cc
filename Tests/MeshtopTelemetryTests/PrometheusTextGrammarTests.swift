import MeshtopTelemetry
import Testing

/// A sample as one line of text, for comparing with expectations: `name{k="v",…} value @timestamp`.
func rendered(_ sample: Sample) -> String {
    let labels = sample.labels.map { "\($0.name)=\($0.value.debugDescription)" }.joined(separator: ",")
    var text = "\(sample.name){\(labels)} \(sample.value)"
    if let timestamp = sample.timestampMilliseconds { text += " @\(timestamp)" }
    return text
}

struct PrometheusTextGrammarTests {
    @Test(arguments: [
        ("a 1\n", #"a{} 1.0"#),
        ("a{} 1\n", #"a{} 1.0"#),
        ("a {b=\"c\"} 2\n", #"a{b="c"} 2.0"#),
        ("a{b=\"c\",} 2\n", #"a{b="c"} 2.0"#),
        ("a{ b = \"c\" , d=\"e\" } 2\n", #"a{b="c",d="e"} 2.0"#),
        ("a{b=\"c\"\t,d\t=\t\"e\"\t}\t2\n", #"a{b="c",d="e"} 2.0"#),
        ("a{b=\"\"} 2\n", #"a{b=""} 2.0"#),
        (#"a{b="x\"y\\z\nw"} 1"#, #"a{b="x\"y\\z\nw"} 1.0"#),
        ("a{b=\"größe ✓\"} 1\n", #"a{b="größe ✓"} 1.0"#),
        ("a{b=\"c\"}-Inf\n", #"a{b="c"} -inf"#),
        ("   a 1   \n", #"a{} 1.0"#),
        ("a 1\r\n", #"a{} 1.0"#),
        ("job:rate5m 1\n", #"job:rate5m{} 1.0"#),
        ("a 1 1700000000000\n", #"a{} 1.0 @1700000000000"#),
        ("a 1 -2\n", #"a{} 1.0 @-2"#),
        ("{\"a.b\",\"c.d\"=\"v\"} 1\n", #"a.b{c.d="v"} 1.0"#),
        ("{\"a.b\"} 1\n", #"a.b{} 1.0"#),
        ("a{\"c.d\"=\"v\",e=\"f\"} 1\n", #"a{c.d="v",e="f"} 1.0"#),
        ("a 1", #"a{} 1.0"#),
    ])
    func parsesSampleLines(text: String, expected: String) throws {
        let dump = parse(text)
        #expect(dump.issues == [])
        let sample = try #require(dump.samples.first)
        #expect(dump.samples.count == 1)
        #expect(rendered(sample) == expected)
    }

    @Test(arguments: [
        ("NaN", Double.nan), ("+Inf", .infinity), ("-Inf", -.infinity), ("1e+06", 1e6), ("08", 8), ("-3e3", -3000),
        ("1.5E-3", 0.0015), ("0.1", 0.1), ("-0", -0.0),
        ("12345678901234567890", Double(12_345_678_901_234_567_890 as UInt64)),
        ("1.7268398142239082e+09", 1.7268398142239082e+09), ("8.999999999999998", 8.999999999999998),
        ("-5e-324", -Double.leastNonzeroMagnitude), ("inf", .infinity), (".5", 0.5),
    ])
    func parsesValuesLikeGo(text: String, expected: Double) throws {
        let sample = try #require(parse("a \(text)\n").samples.first)
        #expect(sameValue(sample.value, expected))
        #expect(sample.value.sign == expected.sign)
    }

    @Test func keepsUnsignedIntegersExactAboveTwoToThe53() throws {
        let dump = parse("a 16440392441958861461\nb 18446744073709551615\nc 18446744073709551616\nd 1.0\ne -1\n")
        #expect(dump.samples.map(\.exactValue) == [16_440_392_441_958_861_461, UInt64.max, nil, nil, nil])
        #expect(dump.samples[2].value == 18_446_744_073_709_551_616.0)
    }

    @Test func commentsHelpAndBlankLinesAreNotSamples() throws {
        let text = """
            # a plain comment
            #

              # HELP a Doc with \\\\ backslash and \\n newline.
              #   TYPE   a   gauge
            a 1
            # HELP
            # HELP b
            # TYPE b

            """
        let dump = parse(text)
        #expect(dump.issues == [])
        #expect(dump.samples.map(rendered) == [#"a{} 1.0"#])
        #expect(dump.samples[0].kind == .gauge)
        #expect(
            dump.families == [DeclaredFamily(name: "a", kind: .gauge, help: "Doc with \\ backslash and \n newline.")]
        )
    }

    @Test func histogramAndSummarySeriesBelongToTheirDeclaredFamily() {
        let text = """
            # TYPE x histogram
            x_bucket{le="1"} 1
            x_bucket{le="+Inf"} 2
            x_sum 3
            x_count 2
            # TYPE s summary
            s{quantile="0.5"} 1
            s_sum 2
            s_count 3
            # TYPE g gauge
            g_sum 1
            x_bucket{le="2"} 2
            y_bucket{le="1"} 1

            """
        let dump = parse(text)
        let families = dump.samples.map { "\($0.name)→\($0.family):\($0.kind.keyword)" }
        #expect(
            families == [
                "x_bucket→x:histogram", "x_bucket→x:histogram", "x_sum→x:histogram", "x_count→x:histogram",
                "s→s:summary", "s_sum→s:summary", "s_count→s:summary", "g_sum→g_sum:untyped",
                "x_bucket→x:histogram", "y_bucket→y_bucket:untyped",
            ]
        )
        #expect(dump.issues == [])
    }

    @Test func quotedNamesWorkInTypeAndHelpLines() throws {
        let dump = parse("# HELP \"a.b\" dotted\n# TYPE \"a.b\" counter\n{\"a.b\",\"c.d\"=\"v\"} 1\n")
        #expect(dump.issues == [])
        let sample = try #require(dump.samples.first)
        #expect(sample.kind == .counter)
        #expect(sample.family == "a.b")
        #expect(dump.families == [DeclaredFamily(name: "a.b", kind: .counter, help: "dotted")])
    }

    @Test(arguments: [
        ("a{b=\"c\" 1", 9, "expected ',' or '}' after the label value"),
        ("a{b=c} 1", 5, "expected '\"' to open the label value"),
        ("a{1b=\"c\"} 1", 3, "invalid label name"),
        ("a{b.c=\"d\"} 1", 4, "invalid label name"),
        ("a{b=\"c\"", 8, "missing '}' at the end of the label set"),
        ("a", 2, "missing value"),
        ("a{}", 4, "missing value"),
        ("a b", 3, "invalid value 'b'"),
        ("a 1 2 3", 7, "unexpected text after the timestamp"),
        ("a 1 x", 5, "invalid timestamp 'x'"),
        ("1a 2", 1, "invalid metric name"),
        ("a-b 1", 2, "invalid character in metric name"),
        ("{b=\"c\"} 1", 1, "missing metric name"),
        ("# TYPE a foo", 10, "unknown metric type 'foo'"),
        ("# TYPE a\u{1B}b gauge", 8, "invalid metric name in comment"),
        ("a{b=\"c\u{1B}\"}\u{1B}[31m 1", 10, "invalid value '\\x1B[31m'"),
    ])
    func reportsBrokenLinesWithLineColumnAndReason(line: String, column: Int, reason: String) {
        let dump = parse("ok 1\n" + line + "\nok 2\n")
        #expect(dump.issues == [ParseIssue(line: 2, column: column, reason: reason)])
        #expect(dump.samples.map(\.value) == [1, 2])
    }

    @Test func keepsSamplesWithUnknownEscapesButFlagsThem() {
        let dump = parse(#"a{b="c\qd"} 1"# + "\n")
        #expect(dump.samples.first?.labels == [Label("b", #"c\qd"#)])
        #expect(
            dump.issues == [
                ParseIssue(line: 1, column: 7, reason: "invalid escape sequence in label value", severity: .violation)
            ]
        )
    }

    @Test func rawNewlineInALabelValueIsOneErrorAndTheContinuationIsDropped() {
        let dump = parse("a 1\nmetric{label=\"new\nline\"} 3.14\nb 2\n")
        #expect(dump.issues.map(\.reason) == ["raw newline in label value (the value is not closed on this line)"])
        #expect(dump.issues.first?.line == 2)
        #expect(dump.samples.map(\.name) == ["a", "b"])
    }

    @Test func anUnclosedLabelValueDoesNotSwallowTheNextSample() {
        let dump = parse("a{b=\"x} 1\nc{d=\"e\"} 1\n")
        #expect(dump.issues.map(\.line) == [1])
        #expect(dump.samples.map(\.name) == ["c"])
    }
}
