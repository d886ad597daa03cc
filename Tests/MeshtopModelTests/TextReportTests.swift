import MeshtopModel
import Testing

@Suite struct TextReportTests {
    @Test func theTextReportSummarisesTheWindowEdgesCertificatesAndAlerts() {
        let text = TwoScrapeMeshTests.snapshot(scrapes: 2).textReport()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines.first == "meshtop report: increases from 2023-11-14 22:13:20 UTC to 2023-11-14 22:14:20 UTC (1 min)"
        )
        #expect(lines.contains("  requests         mTLS 90 · plaintext 4 · unverified 0 · unknown 0 (4.3% not mTLS)"))
        #expect(lines.contains("  unknown/unknown -> shop/cart:  requests plaintext 4  (caller outside the mesh)"))
        #expect(lines.contains("  shop/cart -> pay/legacy:  tcp unknown 5  (destination has no proxy)"))
        #expect(lines.contains { $0.hasPrefix("  not-issued cert-manager         pay pending: never issued") })
        #expect(lines.contains { $0.hasPrefix("  MTLS001 warning  shop/cart received 4 plaintext requests") })
    }
}
