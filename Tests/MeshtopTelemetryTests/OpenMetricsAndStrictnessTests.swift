import MeshtopTelemetry
import Testing

struct OpenMetricsTests {
    @Test func readsFloatSecondTimestampsAsMilliseconds() {
        let dump = parse("# TYPE a gauge\na 1 1.5\na 2 1520879607\na 3 1.7268398142239082e+09\n# EOF\n")
        #expect(dump.format == .openMetrics)
        #expect(dump.samples.map(\.timestampMilliseconds) == [1500, 1_520_879_607_000, 1_726_839_814_224])
        #expect(dump.issues == [])
    }

    @Test func mapsTotalAndCreatedSeriesToTheCounterFamily() {
        let dump = parse("# TYPE c counter\n# UNIT c requests\nc_total 1\nc_created 1.7e9\n# EOF\n")
        #expect(
            dump.samples.map { "\($0.name)→\($0.family):\($0.kind.keyword)" } == [
                "c_total→c:counter", "c_created→c:counter",
            ]
        )
        #expect(dump.issues == [])
    }

    @Test func parsesAndDropsExemplars() {
        let text = """
            # TYPE h histogram
            h_bucket{le="1"} 3 # {trace_id="x y",span="1"} 0.5 1.6e9
            h_bucket{le="+Inf"} 5 # {} 1
            h_count 5
            # EOF
            """
        let dump = parse(text)
        #expect(dump.issues == [])
        #expect(dump.samples.map(rendered) == [#"h_bucket{le="1"} 3.0"#, #"h_bucket{le="+Inf"} 5.0"#, "h_count{} 5.0"])
    }

    @Test func acceptsTheBackslashBeforeAnyCharacterThatOpenMetricsAllows() {
        // OpenMetrics ABNF: escaped-char =/ BS normal-char, and "\\a" is equivalent to "\\\\a".
        let dump = parse("# TYPE a gauge\na{b=\"c\\qd\"} 1 # {t=\"\\w\"} 1\n# EOF\n")
        #expect(dump.issues == [])
        #expect(dump.samples.first?.labels == [Label("b", #"c\qd"#)])
    }

    @Test func reportsBrokenExemplarsButKeepsTheSample() {
        let dump = parse("# TYPE c counter\nc_total 1 # trace\n# EOF\n")
        #expect(dump.samples.count == 1)
        #expect(dump.issues == [ParseIssue(line: 2, column: 13, reason: "invalid exemplar: expected '{'")])
    }

    @Test(arguments: ["gaugehistogram", "stateset", "info", "unknown"])
    func recognisesOpenMetricsOnlyTypes(keyword: String) {
        let dump = parse("# TYPE a \(keyword)\na 1\n# EOF\n")
        #expect(dump.format == .openMetrics)
        #expect(dump.families.first?.kind.keyword == (keyword == "unknown" ? "untyped" : keyword))
    }

    @Test func flagsAMissingEOFAndContentAfterIt() {
        let missing = parse("# TYPE a gauge\n# UNIT a seconds\na 1\n")
        #expect(
            missing.issues == [
                ParseIssue(line: 3, column: 1, reason: "OpenMetrics text does not end with # EOF", severity: .violation)
            ]
        )
        let after = parse("# TYPE a gauge\na 1\n# EOF\n# TYPE a gauge\na 2\n# EOF\n")
        #expect(
            after.issues == [
                ParseIssue(
                    line: 4,
                    column: 1,
                    reason: "content after # EOF (read as a new scrape)",
                    severity: .violation
                )
            ]
        )
        #expect(after.samples.map(\.kind) == [.gauge, .gauge])
    }
}

struct StrictnessTests {
    @Test func flagsDuplicateTypeAndKeepsTheLaterKind() {
        let dump = parse("# TYPE a gauge\na 1\n# TYPE a counter\na 2\n")
        #expect(dump.issues == [ParseIssue(line: 3, column: 3, reason: "duplicate # TYPE for a", severity: .violation)])
        #expect(dump.samples.map(\.kind) == [.gauge, .counter])
    }

    @Test func flagsTypeAfterSamplesAndDuplicateHelp() {
        let dump = parse("a 1\n# TYPE a counter\n# HELP a one\n# HELP a two\n")
        #expect(
            dump.issues == [
                ParseIssue(line: 2, column: 3, reason: "# TYPE for a after its samples", severity: .violation),
                ParseIssue(line: 4, column: 3, reason: "duplicate # HELP for a", severity: .violation),
            ]
        )
    }

    @Test func flagsFloatTimestampsInText004() {
        let dump = parse("a 1 2.72\n")
        #expect(dump.samples.first?.timestampMilliseconds == 3)
        #expect(
            dump.issues == [
                ParseIssue(
                    line: 1,
                    column: 5,
                    reason: "float timestamp in text 0.0.4 (must be integer milliseconds)",
                    severity: .violation
                )
            ]
        )
    }

    @Test func bannerCommentsStartANewScrape() {
        let text = """
            #
            # POD web-1 (1 of 2)
            #
            # TYPE up gauge
            up 1
            #
            # POD web-2 (2 of 2)
            #
            # TYPE up gauge
            up 0

            """
        let dump = parse(text)
        #expect(dump.issues == [])
        #expect(dump.samples.map(\.value) == [1, 0])
        #expect(dump.samples.allSatisfy { $0.kind == .gauge })
    }

    @Test func aPlainCommentDoesNotStartANewScrape() {
        let dump = parse("# TYPE up gauge\nup 1\n# just a note (see 1 of the docs)\n# TYPE up gauge\n")
        #expect(dump.issues.map(\.reason) == ["duplicate # TYPE for up"])
    }

    @Test func concatenatedPrometheusScrapesSeparatedByEOFLoadWithoutViolations() {
        let dump = parse(
            String(repeating: "# TYPE up gauge\nup 1\n# EOF\n", count: 3),
            options: ParseOptions(format: .prometheusText)
        )
        #expect(dump.format == .prometheusText)
        #expect(dump.issues == [])
        #expect(dump.samples.count == 3)
    }

    @Test(arguments: [
        (
            "prom-text-INVALID-duplicate-type-istio-nonconforming-datadog.prom", 36, ParseIssue.Severity.violation,
            "duplicate # TYPE for istio_mcp_clients_total"
        ),
        (
            "prom-text-INVALID-float-timestamp.prom", 1, .violation,
            "float timestamp in text 0.0.4 (must be integer milliseconds)"
        ),
        (
            "prom-text-INVALID-newline-in-label.prom", 2, .error,
            "raw newline in label value (the value is not closed on this line)"
        ),
        ("prom-text-INVALID-type-after-sample.prom", 3, .violation, "# TYPE for metric after its samples"),
    ])
    func eachInvalidCorpusFileGivesItsIssue(file: String, line: Int, severity: ParseIssue.Severity, reason: String)
        throws
    {
        let dump = TelemetryParser.parse(try TestFiles.fixture(file))
        #expect(dump.format == .prometheusText)
        #expect(dump.issues.map(\.reason) == [reason])
        #expect(dump.issues.first?.line == line)
        #expect(dump.issues.first?.severity == severity)
    }
}
