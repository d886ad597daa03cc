import Foundation
import Testing

/// Istio 1.4 and earlier expose the CA root's expiry as Citadel's own gauge: it is read as the root too.
@Suite struct CitadelRootTests {
    @Test func `the Citadel root gauge is the CA root certificate`() throws {
        let expiry = 1_700_000_000 + 20 * 86_400
        let dump = Array("citadel_server_citadel_root_cert_expiry_timestamp \(expiry)\nup 1 1700000000000\n".utf8)
        let run = try TruthfulRun(
            files: ["istiod.prom": dump],
            ["report", "--format", "json", "--time", "1700000000", "istiod.prom"]
        )
        #expect(run.status == 0)
        #expect(run.output.contains("\"kind\": \"istio-ca-root\""))
        #expect(run.output.contains("\"not_after\": \(expiry)"))
    }
}
