import MeshtopTelemetry
import Testing

/// One input for the OpenMetrics strict checker and what it must find, as `line: reason`.
struct StrictCase: CustomTestStringConvertible, Sendable {
    /// The specification section (or ABNF rule) the case comes from.
    var section: String
    var text: String
    var expected: [String]

    var testDescription: String { section }

    init(_ section: String, _ text: String, _ expected: [String] = []) {
        self.section = section
        self.text = text
        self.expected = expected
    }
}

/// Judges `text` as OpenMetrics, findings as `line: reason`.
func openMetricsFindings(_ text: String) -> [String] {
    StrictChecker.check(Array(text.utf8), format: .openMetrics).map { "\($0.line): \($0.reason)" }
}

/// The examples the OpenMetrics 1.0 specification gives as valid pass, untouched.
@Suite("OpenMetrics strict: the specification's valid examples")
struct StrictOpenMetricsValidTests {
    static let examples: [StrictCase] = [
        StrictCase(
            "Overall Structure: a complete exposition",
            """
            # TYPE acme_http_router_request_seconds summary
            # UNIT acme_http_router_request_seconds seconds
            # HELP acme_http_router_request_seconds Latency though all of ACME's HTTP request router.
            acme_http_router_request_seconds_sum{path="/api/v1",method="GET"} 9036.32
            acme_http_router_request_seconds_count{path="/api/v1",method="GET"} 807283.0
            acme_http_router_request_seconds_created{path="/api/v1",method="GET"} 1605281325.0
            acme_http_router_request_seconds_sum{path="/api/v2",method="POST"} 479.3
            acme_http_router_request_seconds_count{path="/api/v2",method="POST"} 34.0
            acme_http_router_request_seconds_created{path="/api/v2",method="POST"} 1605281325.0
            # TYPE go_goroutines gauge
            # HELP go_goroutines Number of goroutines that currently exist.
            go_goroutines 69
            # TYPE process_cpu_seconds counter
            # UNIT process_cpu_seconds seconds
            # HELP process_cpu_seconds Total user and system CPU time spent in seconds.
            process_cpu_seconds_total 4.20072246e+06
            # EOF

            """
        ),
        StrictCase(
            "MetricFamily metadata: a unit that is the name's suffix",
            "# TYPE foo_seconds counter\n# UNIT foo_seconds seconds\n# EOF\n"
        ),
        StrictCase("MetricFamily metadata: no unit line", "# TYPE foo_seconds counter\n# EOF\n"),
        StrictCase(
            "MetricFamily metadata: HELP escaping",
            "# TYPE foo_seconds counter\n# UNIT foo_seconds seconds\n# HELP foo_seconds Some text and \\n some \\\" escaping\n# EOF\n"
        ),
        StrictCase(
            "MetricFamily metadata: empty UNIT and HELP values",
            "# TYPE foo gauge\n# UNIT foo \n# HELP foo \nfoo 1\n# EOF\n"
        ),
        StrictCase("Metric: a sample with an empty label set", "bar_seconds_count{} 0\n# EOF\n"),
        StrictCase(
            "Metric: escaping in label values",
            "bar_seconds_count{a=\"x\",b=\"escaping\\\" example \\n \"} 0\n# EOF\n"
        ),
        StrictCase(
            "MetricPoint: several points with timestamps",
            """
            # TYPE foo_seconds summary
            # UNIT foo_seconds seconds
            foo_seconds_count{a="bb"} 0 123
            foo_seconds_sum{a="bb"} 0 123
            foo_seconds_count{a="bb"} 0 456
            foo_seconds_sum{a="bb"} 0 456
            foo_seconds_count{a="ccc"} 0 123
            foo_seconds_sum{a="ccc"} 0 123
            foo_seconds_count{a="ccc"} 0 456
            foo_seconds_sum{a="ccc"} 0 456
            # EOF

            """
        ),
        StrictCase("Gauge: no labels", "# TYPE foo gauge\nfoo 17.0\n# EOF\n"),
        StrictCase("Gauge: two metrics", "# TYPE foo gauge\nfoo{a=\"bb\"} 17.0\nfoo{a=\"ccc\"} 17.0\n# EOF\n"),
        StrictCase("Gauge: no metrics", "# TYPE foo gauge\n# EOF\n"),
        StrictCase("Gauge: a timestamp", "# TYPE foo gauge\nfoo{a=\"b\"} 17.0 1520879607.789\n# EOF\n"),
        StrictCase("Gauge: two points", "# TYPE foo gauge\nfoo 17.0 123\nfoo 18.0 456\n# EOF\n"),
        StrictCase("Counter: total only", "# TYPE foo counter\nfoo_total 17.0\n# EOF\n"),
        StrictCase("Counter: total with timestamp", "# TYPE foo counter\nfoo_total 17.0 1520879607.789\n# EOF\n"),
        StrictCase(
            "Counter: total and created",
            "# TYPE foo counter\nfoo_total 17.0\nfoo_created 1520430000.123\n# EOF\n"
        ),
        StrictCase(
            "Counter: total and created with timestamps",
            "# TYPE foo counter\nfoo_total 17.0 1520879607.789\nfoo_created 1520430000.123 1520879607.789\n# EOF\n"
        ),
        StrictCase(
            "Counter: an exemplar on the total",
            "# TYPE foo counter\nfoo_total 17.0 # {trace_id=\"abc\"} 1.0 1520879607.789\n# EOF\n"
        ),
        StrictCase(
            "StateSet: three states",
            "# TYPE foo stateset\nfoo{foo=\"a\"} 0\nfoo{foo=\"bb\"} 1\nfoo{foo=\"ccc\"} 0\n# EOF\n"
        ),
        StrictCase(
            "StateSet: an entity label",
            """
            # TYPE foo stateset
            foo{entity="controller",foo="a"} 1.0
            foo{entity="controller",foo="bb"} 0.0
            foo{entity="controller",foo="ccc"} 0.0
            foo{entity="replica",foo="a"} 1.0
            foo{entity="replica",foo="bb"} 0.0
            foo{entity="replica",foo="ccc"} 1.0
            # EOF

            """
        ),
        StrictCase(
            "Info: name and version",
            "# TYPE foo info\nfoo_info{name=\"pretty name\",version=\"8.2.7\"} 1\n# EOF\n"
        ),
        StrictCase(
            "Info: an entity label",
            "# TYPE foo info\nfoo_info{entity=\"controller\",name=\"pretty name\",version=\"8.2.7\"} 1.0\nfoo_info{entity=\"replica\",name=\"prettier name\",version=\"8.1.9\"} 1.0\n# EOF\n"
        ),
        StrictCase(
            "Summary: sum, count and created",
            "# TYPE foo summary\nfoo_count 17.0\nfoo_sum 324789.3\nfoo_created 1520430000.123\n# EOF\n"
        ),
        StrictCase(
            "Summary: two quantiles",
            "# TYPE foo summary\nfoo{quantile=\"0.95\"} 123.7\nfoo{quantile=\"0.99\"} 150.0\n# EOF\n"
        ),
        StrictCase(
            "Histogram: twelve buckets with atypical le values",
            """
            # TYPE foo histogram
            foo_bucket{le="0.0"} 0
            foo_bucket{le="1e-05"} 0
            foo_bucket{le="0.0001"} 5
            foo_bucket{le="0.1"} 8
            foo_bucket{le="1.0"} 10
            foo_bucket{le="10.0"} 11
            foo_bucket{le="100000.0"} 11
            foo_bucket{le="1e+06"} 15
            foo_bucket{le="1e+23"} 16
            foo_bucket{le="1.1e+23"} 17
            foo_bucket{le="+Inf"} 17
            foo_count 17
            foo_sum 324789.3
            foo_created 1520430000.123
            # EOF

            """
        ),
        StrictCase(
            "Histogram Exemplars: several valid cases",
            """
            # TYPE foo histogram
            foo_bucket{le="0.01"} 0
            foo_bucket{le="0.1"} 8 # {} 0.054
            foo_bucket{le="1"} 11 # {trace_id="KOO5S4vxi0o"} 0.67
            foo_bucket{le="10"} 17 # {trace_id="oHg5SJYRHA0"} 9.8 1520879607.789
            foo_bucket{le="+Inf"} 17
            foo_count 17
            foo_sum 324789.3
            foo_created 1520430000.123
            # EOF

            """
        ),
        StrictCase(
            "GaugeHistogram: buckets, gcount and gsum",
            """
            # TYPE foo gaugehistogram
            foo_bucket{le="0.01"} 20.0
            foo_bucket{le="0.1"} 25.0
            foo_bucket{le="1"} 34.0
            foo_bucket{le="10"} 34.0
            foo_bucket{le="+Inf"} 42.0
            foo_gcount 42.0
            foo_gsum 3289.3
            # EOF

            """
        ),
        StrictCase("Unknown: one sample", "# TYPE foo unknown\nfoo 42.23\n# EOF\n"),
        StrictCase(
            "Supporting target metadata: a target info family",
            "# TYPE target info\n# HELP target Target metadata\ntarget_info{env=\"prod\",hostname=\"myhost\",datacenter=\"sdc\",region=\"europe\",owner=\"frontend\"} 1\n# EOF\n"
        ),
        StrictCase("ABNF exposition: the final line feed is optional", "# TYPE foo gauge\nfoo 1\n# EOF"),
        StrictCase(
            "ABNF escaped-char: BS normal-char is legal",
            "# TYPE foo gauge\nfoo{a=\"\\q\"} 1\n# HELP bar x \\q\nbar 1\n# EOF\n"
        ),
        StrictCase(
            "Strings: NULL must be supported, in HELP text too",
            "# HELP foo a\u{0}b\n# TYPE foo gauge\nfoo{a=\"x\u{0}y\"} 1\n# EOF\n"
        ),
        StrictCase(
            "Numbers: floats beyond int64 milliseconds fit a 64-bit float",
            "# TYPE foo gauge\nfoo 1 1e300\nfoo 2 1.5e301\n# EOF\n"
        ),
        StrictCase(
            "ABNF number: realnumber forms, infinities and NaN in any case",
            "# TYPE foo gauge\nfoo{a=\"1\"} 0042\nfoo{a=\"2\"} 1.\nfoo{a=\"3\"} .5\nfoo{a=\"4\"} 1E5\nfoo{a=\"5\"} -1.5e-3\nfoo{a=\"6\"} +Inf\nfoo{a=\"7\"} -inf\nfoo{a=\"8\"} NaN\nfoo{a=\"9\"} Infinity\n# EOF\n"
        ),
        StrictCase("Timestamps: negative timestamps may be used", "# TYPE foo gauge\nfoo 1 -1.5\n# EOF\n"),
        StrictCase(
            "Histogram: negative buckets without a sum",
            "# TYPE foo histogram\nfoo_bucket{le=\"-1\"} 1\nfoo_bucket{le=\"+Inf\"} 2\n# EOF\n"
        ),
        StrictCase(
            "Summary: a quantile with no events is NaN",
            "# TYPE foo summary\nfoo{quantile=\"0.5\"} NaN\n# EOF\n"
        ),
        StrictCase("Label: UTF-8 label values", "# TYPE foo gauge\nfoo{city=\"Zürich\"} 1\n# EOF\n"),
    ]

    @Test(arguments: examples)
    func `a valid example passes`(example: StrictCase) {
        #expect(openMetricsFindings(example.text) == [])
    }
}
