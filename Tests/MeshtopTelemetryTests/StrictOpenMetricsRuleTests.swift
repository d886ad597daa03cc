import MeshtopTelemetry
import Testing

/// Each rule of the OpenMetrics 1.0 specification strict mode enforces, with the section it comes from.
@Suite("OpenMetrics strict: every rule")
struct StrictOpenMetricsRuleTests {
    static let structure: [StrictCase] = [
        StrictCase(
            "ABNF exposition: ends with # EOF",
            "# TYPE a gauge\na 1\n",
            ["2: OpenMetrics text does not end with # EOF"]
        ),
        StrictCase(
            "ABNF exposition: nothing after # EOF",
            "a 1\n# EOF\nb 1\n",
            ["3: content after # EOF (an exposition ends there)"]
        ),
        StrictCase(
            "ABNF exposition: one optional line feed after # EOF",
            "a 1\n# EOF\n\n",
            ["3: content after # EOF (an exposition ends there)"]
        ),
        StrictCase(
            "ABNF eof: exactly '# EOF'",
            "a 1\n# EOF now\n",
            ["2: unexpected text after # EOF", "2: OpenMetrics text does not end with # EOF"]
        ),
        StrictCase(
            "ABNF metricset: no blank lines",
            "a 1\n\nb 1\n# EOF\n",
            ["2: blank line (the OpenMetrics grammar has none)"]
        ),
        StrictCase(
            "Overall Structure: no carriage returns",
            "a 1\r\n# EOF\n",
            ["1: carriage return at the end of the line (OpenMetrics lines end with a line feed only)"]
        ),
        StrictCase(
            "Overall Structure: no byte order mark",
            "\u{FEFF}a 1\n# EOF\n",
            ["1: byte order mark (OpenMetrics text must not start with one)"]
        ),
        StrictCase(
            "MetricFamily metadata: no other lines beginning with #",
            "# hello\na 1\n# EOF\n",
            ["1: comment line (OpenMetrics allows only # TYPE, # HELP, # UNIT and # EOF)"]
        ),
        StrictCase(
            "ABNF metric-descriptor: one space after '#'",
            "#  TYPE a gauge\na 1\n# EOF\n",
            ["1: comment line (OpenMetrics allows only # TYPE, # HELP, # UNIT and # EOF)"]
        ),
        StrictCase(
            "ABNF metric-type: lowercase keywords only",
            "# TYPE a Gauge\na 1\n# EOF\n",
            ["1: unknown metric type 'Gauge'"]
        ),
        StrictCase(
            "Type: untyped is not a type",
            "# TYPE a untyped\na 1\n# EOF\n",
            ["1: unknown metric type 'untyped' (OpenMetrics calls it unknown)"]
        ),
        StrictCase(
            "ABNF metric-descriptor: a space after the name",
            "# HELP a\na 1\n# EOF\n",
            ["1: expected a space after the metric name"]
        ),
        StrictCase(
            "ABNF escaped-string: no raw quote in HELP",
            "# HELP a say \"hi\"\na 1\n# EOF\n",
            ["1: unescaped '\"' in # HELP text (write \\\")"]
        ),
        StrictCase(
            "ABNF escaped-string: no lone backslash at the end",
            "# HELP a x\\\na 1\n# EOF\n",
            ["1: backslash at the end of the # HELP text"]
        ),
    ]

    static let syntax: [StrictCase] = [
        StrictCase(
            "ABNF number: no hexadecimal floats",
            "a 0x1p-3\n# EOF\n",
            ["1: invalid value '0x1p-3' (not an OpenMetrics number)"]
        ),
        StrictCase(
            "ABNF number: no digit separators",
            "a 1_000\n# EOF\n",
            ["1: invalid value '1_000' (not an OpenMetrics number)"]
        ),
        StrictCase(
            "ABNF number: no sign before nan",
            "a -NaN\n# EOF\n",
            ["1: invalid value '-NaN' (not an OpenMetrics number)"]
        ),
        StrictCase("Numbers: floats fit a 64-bit float", "a 1e400\n# EOF\n", ["1: value does not fit a 64-bit float"]),
        StrictCase(
            "ABNF timestamp: a realnumber, not NaN",
            "a 1 NaN\n# EOF\n",
            ["1: invalid timestamp 'NaN' (must be a real number of seconds)"]
        ),
        StrictCase(
            "ABNF timestamp: not Inf",
            "a 1 +Inf\n# EOF\n",
            ["1: invalid timestamp '+Inf' (must be a real number of seconds)"]
        ),
        StrictCase(
            "ABNF sample: exactly one space",
            "a  1\n# EOF\n",
            ["1: more than one space before the value (the grammar has exactly one)"]
        ),
        StrictCase("ABNF sample: no trailing blanks", "a 1 \n# EOF\n", ["1: unexpected text after the sample"]),
        StrictCase("ABNF sample: no leading blanks", " a 1\n# EOF\n", ["1: invalid metric name"]),
        StrictCase("ABNF labels: no trailing comma", "a{b=\"1\",} 1\n# EOF\n", ["1: trailing comma in the label set"]),
        StrictCase("ABNF labels: no blanks inside", "a{b =\"1\"} 1\n# EOF\n", ["1: expected '=' after the label name"]),
        StrictCase("ABNF label-name: no quoted names", "{\"a.b\"} 1\n# EOF\n", ["1: invalid metric name"]),
        StrictCase(
            "ABNF exemplar: ' # ' then a label set",
            "# TYPE c counter\nc_total 1 # x\n# EOF\n",
            ["2: invalid exemplar: expected ' # {'"]
        ),
        StrictCase(
            "ABNF exemplar: a value",
            "# TYPE c counter\nc_total 1 # {}\n# EOF\n",
            ["2: missing the exemplar value"]
        ),
        StrictCase(
            "ABNF exemplar: a realnumber timestamp",
            "# TYPE c counter\nc_total 1 # {} 1 x\n# EOF\n",
            ["2: invalid timestamp 'x' (must be a real number of seconds)"]
        ),
        StrictCase(
            "ABNF: the spec's own double space before a timestamp is not in the grammar",
            "# TYPE foo counter\nfoo_total 1\nfoo_created  1520430000.123\n# EOF\n",
            ["3: more than one space before the value (the grammar has exactly one)"]
        ),
    ]

    static let metadata: [StrictCase] = [
        StrictCase(
            "MetricFamily metadata: one TYPE line",
            "# TYPE a gauge\n# TYPE a gauge\na 1\n# EOF\n",
            ["2: second # TYPE line for a"]
        ),
        StrictCase(
            "MetricFamily metadata: one HELP line",
            "# HELP a x\n# HELP a y\na 1\n# EOF\n",
            ["2: second # HELP line for a"]
        ),
        StrictCase(
            "MetricFamily metadata: one UNIT line",
            "# TYPE a_s gauge\n# UNIT a_s s\n# UNIT a_s s\na_s 1\n# EOF\n",
            ["3: second # UNIT line for a_s"]
        ),
        StrictCase(
            "ABNF metricfamily: metadata before samples",
            "a 1\n# TYPE a gauge\n# EOF\n",
            ["2: # TYPE for a after its samples (metadata comes before a family's samples)"]
        ),
        StrictCase(
            "MetricFamily metadata: the unit is the name's suffix",
            "# TYPE foo counter\n# UNIT foo seconds\n# EOF\n",
            ["2: unit 'seconds' is not the suffix of the family name 'foo' (it must end in _seconds)"]
        ),
        StrictCase(
            "StateSet: an empty unit",
            "# TYPE foo_seconds stateset\n# UNIT foo_seconds seconds\n# EOF\n",
            ["2: stateset family foo_seconds must have an empty unit"]
        ),
        StrictCase(
            "Info: an empty unit",
            "# TYPE foo_seconds info\n# UNIT foo_seconds seconds\n# EOF\n",
            ["2: info family foo_seconds must have an empty unit"]
        ),
        StrictCase(
            "MetricFamily: families are not interleaved",
            "# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na 2\n# EOF\n",
            ["5: family a appears again (family names are unique and families are not interleaved)"]
        ),
        StrictCase(
            "MetricFamily: a sample of an earlier family",
            "# TYPE a counter\na_total 1\nb 1\na_total{x=\"1\"} 2\n# EOF\n",
            ["4: sample a_total belongs to family a, which came earlier (families must not be interleaved)"]
        ),
        StrictCase(
            "Suffixes: no clash of sample names",
            "# TYPE foo counter\nfoo_total 1\n# TYPE foo_created gauge\nfoo_created 1\n# EOF\n",
            ["3: family foo_created clashes with family foo: both could have a sample named foo_created"]
        ),
        StrictCase(
            "Name: no leading underscore",
            "_a 1\n# EOF\n",
            ["1: family name _a begins with '_' (reserved in OpenMetrics)"]
        ),
        StrictCase(
            "Counter: the total has the suffix _total",
            "# TYPE foo counter\nfoo 1\n# EOF\n",
            ["2: sample foo does not fit the counter family foo (its samples are named foo_total, foo_created)"]
        ),
        StrictCase(
            "Gauge: no suffix",
            "# TYPE foo gauge\nfoo_total 1\n# EOF\n",
            ["2: sample foo_total does not fit the gauge family foo (its samples are named foo)"]
        ),
    ]

    static let labels: [StrictCase] = [
        StrictCase("LabelSet: unique names", "a{a=\"1\",a=\"1\"} 1\n# EOF\n", ["1: duplicate label name 'a'"]),
        StrictCase(
            "Label: names beginning with _ are reserved",
            "a{_x=\"1\"} 1\n# EOF\n",
            ["1: label name '_x' begins with '_' (reserved in OpenMetrics)"]
        ),
        StrictCase(
            "Label: __name__ is reserved",
            "a{__name__=\"b\"} 1\n# EOF\n",
            ["1: label name __name__ is reserved"]
        ),
        StrictCase(
            "Metric: a duplicate sample",
            "# TYPE a gauge\na{x=\"1\"} 1\na{x=\"1\"} 2\n# EOF\n",
            ["3: duplicate sample a{x=\"1\"}"]
        ),
        StrictCase(
            "MetricPoint: metrics are not interleaved (the spec's incorrect example)",
            """
            # TYPE foo_seconds summary
            # UNIT foo_seconds seconds
            foo_seconds_count{a="bb"} 0 123
            foo_seconds_count{a="ccc"} 0 123
            foo_seconds_count{a="bb"} 0 456
            foo_seconds_count{a="ccc"} 0 456
            # EOF

            """,
            [
                "5: metric foo_seconds{a=\"bb\"} appears again (metrics are not interleaved)",
                "6: metric foo_seconds{a=\"ccc\"} appears again (metrics are not interleaved)",
            ]
        ),
        StrictCase(
            "MetricPoint: points are not interleaved (the spec's incorrect example)",
            """
            # TYPE foo_seconds summary
            # UNIT foo_seconds seconds
            foo_seconds_count{a="bb"} 0 123
            foo_seconds_count{a="bb"} 0 456
            foo_seconds_sum{a="bb"} 0 123
            foo_seconds_sum{a="bb"} 0 456
            # EOF

            """,
            ["5: MetricPoints of foo_seconds{a=\"bb\"} are interleaved or their timestamps do not increase"]
        ),
        StrictCase(
            "Metric: timestamps increase",
            "# TYPE a gauge\na 1 456\na 2 123\n# EOF\n",
            ["3: MetricPoints of a{} are interleaved or their timestamps do not increase"]
        ),
    ]

    static let types: [StrictCase] = [
        StrictCase(
            "Counter: the total is not NaN",
            "# TYPE c counter\nc_total NaN\n# EOF\n",
            ["2: counter total c_total must not be NaN or negative"]
        ),
        StrictCase(
            "Counter: the total is not negative",
            "# TYPE c counter\nc_total -1\n# EOF\n",
            ["2: counter total c_total must not be NaN or negative"]
        ),
        StrictCase(
            "Counter: a point has a total",
            "# TYPE c counter\nc_created 1\n# EOF\n",
            ["2: counter point of c has no _total sample"]
        ),
        StrictCase(
            "Histogram: buckets are cumulative",
            "# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"+Inf\"} 3\n# EOF\n",
            ["3: bucket counts are not cumulative (this bucket holds less than the one before)"]
        ),
        StrictCase(
            "Histogram: a +Inf bucket",
            "# TYPE h histogram\nh_bucket{le=\"1\"} 5\n# EOF\n",
            ["2: histogram point of h has no +Inf bucket"]
        ),
        StrictCase(
            "Histogram: at least one bucket",
            "# TYPE h histogram\nh_count 1\nh_sum 1\n# EOF\n",
            ["2: histogram point of h has no +Inf bucket"]
        ),
        StrictCase(
            "Histogram: _count equals the +Inf bucket",
            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 5\nh_count 4\nh_sum 1\n# EOF\n",
            ["3: h_count does not equal the +Inf bucket"]
        ),
        StrictCase(
            "Histogram: _count if and only if _sum",
            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 5\nh_sum 1\n# EOF\n",
            ["3: h_sum without h_count"]
        ),
        StrictCase(
            "Histogram: buckets sorted by le",
            "# TYPE h histogram\nh_bucket{le=\"2\"} 1\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 1\n# EOF\n",
            ["3: buckets are not sorted by increasing le"]
        ),
        StrictCase(
            "Histogram: unique thresholds",
            "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"1.0\"} 1\nh_bucket{le=\"+Inf\"} 1\n# EOF\n",
            ["3: duplicate bucket threshold"]
        ),
        StrictCase(
            "Histogram: le is a float",
            "# TYPE h histogram\nh_bucket{le=\"bla\"} 1\nh_bucket{le=\"+Inf\"} 1\n# EOF\n",
            ["2: expected a float as the value of the 'le' label, got \"bla\""]
        ),
        StrictCase(
            "Histogram: thresholds are not NaN",
            "# TYPE h histogram\nh_bucket{le=\"NaN\"} 1\nh_bucket{le=\"+Inf\"} 1\n# EOF\n",
            ["2: bucket threshold le must not be NaN"]
        ),
        StrictCase(
            "Histogram: bucket values are non-negative integers",
            "# TYPE h histogram\nh_bucket{le=\"1\"} 1.5\nh_bucket{le=\"+Inf\"} 2\n# EOF\n",
            ["2: bucket value must be a non-negative integer"]
        ),
        StrictCase(
            "Histogram: count is an integer",
            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_count 2.5\nh_sum 1\n# EOF\n",
            ["3: h_count must be a non-negative integer", "3: h_count does not equal the +Inf bucket"]
        ),
        StrictCase(
            "Histogram: the metric has no le label",
            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_count{le=\"1\"} 2\n# EOF\n",
            [
                "3: label 'le' on h_count (a histogram has it only on its _bucket samples)",
                "3: histogram point of h has no +Inf bucket",
                "3: h_count without h_sum",
            ]
        ),
        StrictCase(
            "Histogram: a bucket has an le label",
            "# TYPE h histogram\nh_bucket 2\n# EOF\n",
            ["2: bucket h_bucket has no 'le' label", "2: histogram point of h has no +Inf bucket"]
        ),
        StrictCase(
            "Histogram: negative buckets forbid a sum",
            "# TYPE h histogram\nh_bucket{le=\"-1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_count 2\nh_sum -3\n# EOF\n",
            ["5: a histogram with negative buckets must not have a _sum"]
        ),
        StrictCase(
            "Histogram: sum is not negative",
            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_count 2\nh_sum -3\n# EOF\n",
            ["4: h_sum must not be negative"]
        ),
        StrictCase(
            "GaugeHistogram: a +Inf bucket and gcount equal to it",
            "# TYPE g gaugehistogram\ng_bucket{le=\"1\"} 2\ng_gcount 2\ng_gsum 1\n# EOF\n",
            ["2: gaugehistogram point of g has no +Inf bucket"]
        ),
        StrictCase(
            "GaugeHistogram: gsum is not NaN",
            "# TYPE g gaugehistogram\ng_bucket{le=\"+Inf\"} 2\ng_gcount 2\ng_gsum NaN\n# EOF\n",
            ["4: g_gsum must not be NaN"]
        ),
        StrictCase(
            "Summary: quantiles between 0 and 1",
            "# TYPE s summary\ns{quantile=\"1.5\"} 1\n# EOF\n",
            ["2: quantile must be between 0 and 1"]
        ),
        StrictCase(
            "Summary: quantile is a float",
            "# TYPE s summary\ns{quantile=\"x\"} 1\n# EOF\n",
            ["2: expected a float as the value of the 'quantile' label, got \"x\""]
        ),
        StrictCase(
            "Summary: quantile values are not negative",
            "# TYPE s summary\ns{quantile=\"0.5\"} -1\n# EOF\n",
            ["2: quantile value must not be negative"]
        ),
        StrictCase(
            "Summary: a quantile sample has a quantile label",
            "# TYPE s summary\ns 1\n# EOF\n",
            ["2: summary sample s has no 'quantile' label"]
        ),
        StrictCase(
            "Summary: count is a non-negative integer",
            "# TYPE s summary\ns_count -1\n# EOF\n",
            ["2: s_count must be a non-negative integer"]
        ),
        StrictCase(
            "Summary: sum is not NaN",
            "# TYPE s summary\ns_sum NaN\n# EOF\n",
            ["2: s_sum must not be NaN or negative"]
        ),
        StrictCase(
            "Summary: the metric has no quantile label",
            "# TYPE s summary\ns_count{quantile=\"0.5\"} 1\n# EOF\n",
            ["2: label 'quantile' on s_count (a summary has it only on its quantile samples)"]
        ),
        StrictCase(
            "StateSet: values are 0 or 1",
            "# TYPE s stateset\ns{s=\"a\"} 2\n# EOF\n",
            ["2: stateset value must be 0 or 1"]
        ),
        StrictCase(
            "StateSet: a label named after the family",
            "# TYPE s stateset\ns{x=\"a\"} 1\n# EOF\n",
            ["2: stateset sample s has no label named s holding its state"]
        ),
        StrictCase("Info: the value is 1", "# TYPE i info\ni_info{a=\"b\"} 2\n# EOF\n", ["2: info value must be 1"]),
    ]

    static let exemplars: [StrictCase] = [
        StrictCase(
            "Exemplars: only on counter totals and buckets",
            "# TYPE g gauge\ng 1 # {a=\"b\"} 1\n# EOF\n",
            ["2: exemplar on g (only counter totals and histogram buckets may have one)"]
        ),
        StrictCase(
            "Exemplars: at most 128 code points of labels",
            "# TYPE c counter\nc_total 1 # {trace_id=\"\(String(repeating: "é", count: 121))\"} 1\n# EOF\n",
            ["2: exemplar labels are 129 code points long (at most 128)"]
        ),
        StrictCase(
            "Exemplars: 128 code points are allowed",
            "# TYPE c counter\nc_total 1 # {trace_id=\"\(String(repeating: "é", count: 120))\"} 1\n# EOF\n",
            []
        ),
        StrictCase(
            "Histogram: the exemplar's value is within its bucket",
            "# TYPE h histogram\nh_bucket{le=\"1\"} 1 # {} 2\nh_bucket{le=\"+Inf\"} 1\n# EOF\n",
            ["2: exemplar value is outside its bucket (above le=\"1\")"]
        ),
        StrictCase(
            "Exemplars: a LabelSet, so unique names",
            "# TYPE c counter\nc_total 1 # {a=\"1\",a=\"2\"} 1\n# EOF\n",
            ["2: duplicate label name 'a'"]
        ),
    ]

    @Test(arguments: structure + syntax)
    func `structure and syntax`(rule: StrictCase) {
        #expect(openMetricsFindings(rule.text) == rule.expected)
    }

    @Test(arguments: metadata + labels)
    func `metadata, families, labels and metrics`(rule: StrictCase) {
        #expect(openMetricsFindings(rule.text) == rule.expected)
    }

    @Test(arguments: types + exemplars)
    func `type and exemplar rules`(rule: StrictCase) {
        #expect(openMetricsFindings(rule.text) == rule.expected)
    }

    @Test func `findings carry the column of the offending token`() {
        let issues = StrictChecker.check(Array("a{b=\"1\",a=\"1\",b=\"2\"} 1\n# EOF\n".utf8), format: .openMetrics)
        #expect(issues.map(\.column) == [15])
        #expect(issues.allSatisfy { $0.severity == .violation })
    }

    @Test func `invalid UTF-8 is found at its byte`() {
        let bytes = Array("a{b=\"x".utf8) + [0xFF] + Array("\"} 1\n# EOF\n".utf8)
        let issues = StrictChecker.check(bytes, format: .openMetrics)
        #expect(issues.map { "\($0.line):\($0.column): \($0.reason)" } == ["1:7: invalid UTF-8"])
    }

    @Test func `a line split across chunks is judged whole`() {
        let text = Array("# TYPE c counter\nc_total{a=\"1\",a=\"2\"} 1\n# EOF\n".utf8)
        var checker = StrictChecker()
        text.withUnsafeBytes { all in
            for offset in 0..<all.count {
                checker.feed(UnsafeRawBufferPointer(rebasing: all[offset..<offset + 1]), format: nil)
            }
        }
        checker.finish(format: .openMetrics)
        #expect(checker.findings.sorted.map { "\($0.line): \($0.reason)" } == ["2: duplicate label name 'a'"])
    }
}
