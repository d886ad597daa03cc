import MeshtopSources
import MeshtopTelemetry
import Testing

struct PrometheusTextRendererTests {
    private func element(_ metric: [String: String], _ text: String) -> PrometheusSeriesValue {
        PrometheusSeriesValue(metric: metric, value: PrometheusValue(time: 1_700_000_000, text: text))
    }

    @Test func labelValuesSurviveTheRoundTripThroughTheParser() throws {
        let tricky = "spiffe://cluster.local/ns/legacy/sa/batch \"old\\job\"\nsecond line"
        var renderer = PrometheusTextRenderer()
        renderer.append(
            .vector([element(["__name__": "istio_requests_total", "source_principal": tricky], "12")]),
            as: .counter
        )
        let dump = TelemetryParser.parse(renderer.bytes)
        #expect(dump.issues.isEmpty)
        let sample = try #require(dump.first(named: "istio_requests_total"))
        #expect(sample[label: "source_principal"] == tricky)
        #expect(sample.value == 12)
        #expect(sample.kind == .counter)
    }

    @Test func eachMetricGetsOneTypeLineAndItsSamplesStayTogether() {
        var renderer = PrometheusTextRenderer()
        renderer.append(
            .vector([
                element(["__name__": "b_total", "x": "1"], "1"),
                element(["__name__": "a_total"], "2"),
                element(["__name__": "b_total", "x": "2"], "3"),
            ]),
            as: .counter
        )
        #expect(
            renderer.text
                == "# TYPE a_total counter\na_total 2\n# TYPE b_total counter\nb_total{x=\"1\"} 1\nb_total{x=\"2\"} 3\n"
        )
    }

    @Test func aggregationHelperLabelsComeBackAsTheLabelsTheModelReads() {
        var renderer = PrometheusTextRenderer()
        renderer.append(
            .vector([
                element(
                    ["__name__": "envoy_listener_ssl_handshake", "meshtop_workload": "cart", "namespace": "shop"],
                    "4"
                )
            ]),
            as: .counter
        )
        #expect(renderer.text.hasSuffix("envoy_listener_ssl_handshake{deployment=\"cart\",namespace=\"shop\"} 4\n"))
    }

    @Test func elementsAndLabelsTheTextFormatCannotCarryAreCountedAndLeftOut() {
        var renderer = PrometheusTextRenderer()
        renderer.append(
            .vector([
                element(["job": "no name"], "1"),
                element(["__name__": "1bad"], "1"),
                element(["__name__": "ok", "bad-label": "x", "good": "y"], "1"),
                element(["__name__": "ok"], "not a number"),
            ]),
            as: .gauge
        )
        #expect(renderer.text == "# TYPE ok gauge\nok{good=\"y\"} 1\n")
        #expect(renderer.skippedElements == 3)
        #expect(renderer.skippedLabels == 1)
    }

    @Test func specialValuesKeepTheirTextFormatSpelling() {
        var renderer = PrometheusTextRenderer()
        renderer.append(
            .vector([element(["__name__": "a"], "+Inf"), element(["__name__": "b"], "-1.5e+06")]),
            as: .gauge
        )
        let dump = TelemetryParser.parse(renderer.bytes)
        #expect(dump.samples.map(\.value) == [.infinity, -1_500_000])
    }
}
