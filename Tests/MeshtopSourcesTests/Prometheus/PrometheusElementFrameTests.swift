import MeshtopModel
import MeshtopSources
import MeshtopTelemetry
import Testing

/// Query answers read into a frame element by element give the frame their rendered text gives.
struct PrometheusElementFrameTests {
    private typealias Element = PrometheusVectorReader.Element

    private static func element(_ labels: [(String, String)], _ value: String) -> Element {
        Element(labels: labels.map { (name: $0.0, value: $0.1) }, value: PrometheusValue(time: 1, text: value))
    }

    /// Two evaluations of a small mesh: edges of both reporters, helper labels, a ztunnel edge, a
    /// handshake counter, a certificate gauge, and elements and labels the text cannot carry.
    private static func answers(scale: Int) -> [(elements: [Element], kind: MetricKind)] {
        let edge = { (source: String, destination: String, policy: String, reporter: String) -> [(String, String)] in
            [
                ("__name__", "istio_requests_total"), ("reporter", reporter), ("source_workload", source),
                ("source_workload_namespace", "shop"),
                ("source_principal", "spiffe://cluster.local/ns/shop/sa/\(source)"),
                ("destination_workload", destination), ("destination_workload_namespace", "pay"),
                ("destination_principal", "spiffe://cluster.local/ns/pay/sa/\(destination)"),
                ("connection_security_policy", policy),
            ]
        }
        let traffic = [
            element(edge("cart", "api", "mutual_tls", "destination"), "\(100 * scale)"),
            element(edge("cart", "api", "unknown", "source"), "\(100 * scale)"),
            element(edge("legacy", "api", "none", "destination"), "\(7 * scale).5"),
            element(
                edge("batch", "api", "mutual_tls", "destination") + [("meshtop_proxy", "ztunnel")],
                "1.5e+0\(scale)"
            ),
            element(
                edge("odd", "api", "none", "destination").map { $0.0 == "source_workload" ? ($0.0, "q\"b\\s\nx") : $0 },
                "\(scale)"
            ),
            element([("reporter", "destination")], "5"),
            element([("__name__", "0bad")], "5"),
            element(
                edge("cart", "api", "mutual_tls", "destination").map {
                    $0.0 == "__name__" ? ($0.0, "istio_tcp_sent_bytes_total") : $0
                } + [("0no", "x"), ("__hidden", "y")],
                "18446744073709551615"
            ),
            element(
                edge("cart", "api", "mutual_tls", "destination").map {
                    $0.0 == "__name__" ? ($0.0, "istio_tcp_received_bytes_total") : $0
                },
                "not a number"
            ),
        ]
        let handshakes = [
            element(
                [
                    ("__name__", "envoy_listener_ssl_connection_error"), ("namespace", "pay"),
                    ("meshtop_workload", "api"),
                    ("listener_address", "0.0.0.0_15006"),
                ],
                "\(3 * scale)"
            )
        ]
        let certificates = [
            element(
                [("__name__", "istio_agent_cert_expiry_seconds"), ("namespace", "pay"), ("meshtop_workload", "api")],
                "\(86_400 - scale)"
            )
        ]
        return [(traffic, .counter), (handshakes, .counter), (certificates, .gauge)]
    }

    @Test func elementsFeedTheModelAsTheirRenderedTextDoes() {
        let rendered = MeshModel()
        let direct = MeshModel()
        var renderedFrames: [Frame] = []
        var directFrames: [Frame] = []
        for (scale, time) in [(1, Int64(1_700_000_000_000)), (3, 1_700_000_060_000)] {
            var renderer = PrometheusTextRenderer()
            var accumulator = direct.makeAccumulator(source: "prometheus", scrapeTime: time)
            for answer in Self.answers(scale: scale) {
                for element in answer.elements {
                    renderer.append(labels: element.labels, value: element.value)
                    accumulator.consume(element, as: answer.kind)
                }
                renderer.finishResult(as: answer.kind)
            }
            renderedFrames.append(
                rendered.frame(
                    of: ScrapeFrame(
                        bytes: renderer.bytes,
                        source: "prometheus",
                        timestampMilliseconds: time,
                        format: .prometheusText
                    )
                )
            )
            directFrames.append(accumulator.frame)
        }
        for (text, elements) in zip(renderedFrames, directFrames) {
            #expect(Set(text.values.map(\.value)) == Set(elements.values.map(\.value)))
            #expect(text.values.count == elements.values.count)
            #expect(text.samples == elements.samples)
            #expect(text.sslStatsPresent == elements.sslStatsPresent)
            #expect(text.holdsIstioTraffic == elements.holdsIstioTraffic)
            #expect(text.announcedProxyKind == elements.announcedProxyKind)
        }
        let window = TimeWindow(end: 1_700_000_060_000, length: 60_001)
        let fromText = rendered.snapshot(of: renderedFrames, in: window)
        let fromElements = direct.snapshot(of: directFrames, in: window)
        #expect(!fromText.edges.isEmpty)
        #expect(fromText == fromElements)
    }
}
