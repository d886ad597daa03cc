import MeshtopTelemetry
import Testing

struct LabelEscapingTests {
    @Test(arguments: [
        (#"plain"#, "plain"),
        (#"a\\b"#, "a\\b"),
        (#"say \"hi\""#, "say \"hi\""),
        (#"two\nlines"#, "two\nlines"),
        (#"keeps \t unknown escapes"#, #"keeps \t unknown escapes"#),
        (#"trailing\"#, #"trailing\"#),
    ])
    func unescapesPrometheusLabelValues(raw: String, expected: String) {
        let bytes = Array(raw.utf8)
        let result = bytes.withUnsafeBufferPointer { LabelEscaping.unescapedString($0, hasEscapes: true) }
        #expect(result == expected)
    }

    @Test func escapingRoundTripsThroughUnescaping() {
        let original = "quote \" backslash \\ newline \n end"
        var escaped = ""
        LabelEscaping.escape(original, into: &escaped)
        #expect(!escaped.contains("\n"))
        let back = Array(escaped.utf8).withUnsafeBufferPointer { LabelEscaping.unescapedString($0, hasEscapes: true) }
        #expect(back == original)
    }

    @Test func sampleViewRoundTripKeepsEveryField() {
        let sample = Sample(
            name: "istio_requests_total",
            kind: .counter,
            labels: [Label("reporter", "destination"), Label("connection_security_policy", "none")],
            value: 42,
            exactValue: 42,
            timestampMilliseconds: 1_700_000_000_000,
            line: 7
        )
        let copy = sample.withView { view -> Sample in
            #expect(view.nameEquals("istio_requests_total"))
            #expect(view.labels.first(named: "reporter")?.valueEquals("destination") == true)
            #expect(view.labels.first(named: "missing") == nil)
            return Sample(view)
        }
        #expect(copy == sample)
    }
}
