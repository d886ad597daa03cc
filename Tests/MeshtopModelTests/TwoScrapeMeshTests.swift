import MeshtopModel
import MeshtopTelemetry
import Testing

/// Two scrapes of a small mesh, one minute apart; every figure is worked out by hand below.
@Suite struct TwoScrapeMeshTests {
    static let first: Int64 = 1_700_000_000_000
    static let second: Int64 = first + 60_000
    static let secondSeconds = second / 1000

    /// The scrape at `time`, with the counter values of that scrape.
    static func scrape(_ index: Int) -> [Sample] {
        func pick(_ values: (Double, Double)) -> Double { index == 0 ? values.0 : values.1 }
        let cartPod = MeshSamples.pod("shop", "cart")
        let ztunnel = [("namespace", "istio-system"), ("pod", "ztunnel-5k2xq")]
        let tcp = "istio_tcp_connections_opened_total"
        return [
            // frontend → cart, mTLS: 100 → 160, +60. The caller's own report must not count twice.
            MeshSamples.istio(
                reporter: "destination",
                from: "shop/frontend",
                to: "shop/cart",
                policy: "mutual_tls",
                pick((100, 160))
            ),
            MeshSamples.istio(
                reporter: "source",
                from: "shop/frontend",
                to: "shop/cart",
                policy: "unknown",
                pick((100, 160))
            ),
            // An unmeshed caller → cart, plaintext: 10 → 4 is a reset, so the increase is 4.
            MeshSamples.istio(
                reporter: "destination",
                from: "unknown/unknown",
                to: "shop/cart",
                policy: "none",
                pick((10, 4))
            ),
            // cart → db, TCP mTLS: 5 → 7, +2.
            MeshSamples.istio(
                tcp,
                reporter: "destination",
                from: "shop/cart",
                to: "shop/db",
                policy: "mutual_tls",
                pick((5, 7))
            ),
            // cart → legacy, seen only by the caller: 3 → 8, +5; legacy never reports: no proxy.
            MeshSamples.istio(
                tcp,
                reporter: "source",
                from: "shop/cart",
                to: "pay/legacy",
                policy: "unknown",
                pick((3, 8)),
                destinationPrincipal: "unknown"
            ),
            // frontend → payments, plaintext 20 → 20: nothing new in the window.
            MeshSamples.istio(
                reporter: "destination",
                from: "shop/frontend",
                to: "pay/payments",
                policy: "none",
                pick((20, 20))
            ),
            // cart → payments, mTLS: 50 → 80, +30.
            MeshSamples.istio(
                reporter: "destination",
                from: "shop/cart",
                to: "pay/payments",
                policy: "mutual_tls",
                pick((50, 80))
            ),
            // frontend → ledger through ztunnel, `unknown` at the destination: 0 → 6, +6 unverified.
            MeshSamples.istio(
                tcp,
                reporter: "destination",
                from: "shop/frontend",
                to: "pay/ledger",
                policy: "unknown",
                pick((0, 6)),
                extra: ztunnel
            ),
            // cart's listener: 1000 → 1100 handshakes, 2 → 14 clients without certificates;
            // its cluster towards db: 0 → 3 connection errors. 15 failures in 60 s = 0.25/s.
            MeshSamples.sample(
                "envoy_listener_ssl_handshake",
                [("listener_address", "0.0.0.0_15006")] + cartPod,
                pick((1000, 1100))
            ),
            MeshSamples.sample(
                "envoy_listener_ssl_fail_verify_no_cert",
                [("listener_address", "0.0.0.0_15006")] + cartPod,
                pick((2, 14))
            ),
            MeshSamples.sample(
                "envoy_cluster_ssl_connection_error",
                [("cluster_name", "outbound|5432||db.shop.svc.cluster.local")] + cartPod,
                pick((0, 3))
            ),
            // cart's workload certificate: one hour left at the second scrape (warn at two hours).
            MeshSamples.sample(
                "istio_agent_cert_expiry_seconds",
                [("resource_name", "default")] + cartPod,
                pick((3660, 3600))
            ),
            // cert-manager: api-tls in pay ends in five days (critical under seven); pending was never issued.
            MeshSamples.sample(
                "certmanager_certificate_expiration_timestamp_seconds",
                [("exported_namespace", "pay"), ("name", "api-tls"), ("namespace", "cert-manager")],
                Double(secondSeconds + 5 * 86400)
            ),
            MeshSamples.sample(
                "certmanager_certificate_expiration_timestamp_seconds",
                [("exported_namespace", "pay"), ("name", "pending"), ("namespace", "cert-manager")],
                0
            ),
            // The CA root has a year left; Envoy's "no certificate" sentinel adds nothing.
            MeshSamples.sample(
                "citadel_server_root_cert_expiry_timestamp",
                MeshSamples.pod("istio-system", "istiod"),
                Double(secondSeconds + 365 * 86400)
            ),
            MeshSamples.sample("envoy_server_days_until_first_cert_expiring", cartPod, 4_294_967_295),
        ]
    }

    static func snapshot(scrapes: Int) -> MeshSnapshot {
        let model = MeshModel()
        model.scrape(scrape(0), at: first)
        if scrapes > 1 { model.scrape(scrape(1), at: second) }
        return model.snapshot()
    }

    @Test func meshTotalsAreIncreasesOverTheWindow() {
        let snapshot = Self.snapshot(scrapes: 2)
        #expect(snapshot.isWindow)
        #expect(snapshot.windowStart == Self.first)
        #expect(snapshot.windowEnd == Self.second)
        #expect(snapshot.mesh.requests == ClassCounts(mutualTLS: 60 + 30, plaintext: 4))
        #expect(snapshot.mesh.tcpConnections == ClassCounts(mutualTLS: 2, unverified: 6))
        #expect(snapshot.meshRates?.requests.mutualTLS == 90.0 / 60)
        #expect(snapshot.handshakes.failures == 15)
        #expect(snapshot.handshakes.handshakes == 100)
    }

    @Test func aSingleScrapeGivesTotalsSinceProxyStart() {
        let snapshot = Self.snapshot(scrapes: 1)
        #expect(!snapshot.isWindow)
        #expect(snapshot.meshRates == nil)
        #expect(snapshot.mesh.requests == ClassCounts(mutualTLS: 100 + 50, plaintext: 10 + 20))
        #expect(snapshot.mesh.tcpConnections == ClassCounts(mutualTLS: 5, unverified: 0))
        #expect(snapshot.handshakes.failures == 2)
        #expect(snapshot.namespace(named: "pay")?.plaintextSources == ["shop/frontend"])
    }

    @Test func namespacesSumTheirDestinationWorkloads() throws {
        let snapshot = Self.snapshot(scrapes: 2)
        #expect(snapshot.namespaces.map(\.name) == ["istio-system", "pay", "shop"])
        let shop = try #require(snapshot.namespace(named: "shop"))
        #expect(shop.traffic.requests == ClassCounts(mutualTLS: 60, plaintext: 4))
        #expect(shop.traffic.tcpConnections == ClassCounts(mutualTLS: 2))
        #expect(shop.handshakeFailures == 15)
        #expect(shop.plaintextSources == ["unknown/unknown"])
        #expect(shop.earliestCertificateExpiry == Self.secondSeconds + 3600)
        let pay = try #require(snapshot.namespace(named: "pay"))
        #expect(pay.traffic.requests == ClassCounts(mutualTLS: 30))
        #expect(pay.traffic.tcpConnections == ClassCounts(unverified: 6))
        #expect(pay.handshakeFailures == 0)
        #expect(pay.plaintextSources.isEmpty)
        #expect(pay.unverifiedSources == ["shop/frontend"])
        #expect(pay.earliestCertificateExpiry == Self.secondSeconds + 5 * 86400)
    }

    @Test func workloadsCarryTheirTrafficAndHandshakes() throws {
        let snapshot = Self.snapshot(scrapes: 2)
        #expect(
            snapshot.workloads.map(\.id.description)
                == ["pay/ledger", "pay/legacy", "pay/payments", "shop/cart", "shop/db", "shop/frontend"]
        )
        let cart = try #require(snapshot.workload(WorkloadID(namespace: "shop", name: "cart")))
        #expect(cart.traffic.requests == ClassCounts(mutualTLS: 60, plaintext: 4))
        #expect(cart.callerReportedTraffic.requests == ClassCounts(unknown: 60))
        #expect(cart.handshakeFailures.statsPresent)
        #expect(cart.handshakeFailures.inbound[.failVerifyNoCert] == 12)
        #expect(cart.handshakeFailures.inbound.handshakes == 100)
        #expect(cart.handshakeFailures.outbound[.connectionError] == 3)
        #expect(cart.handshakeFailures.total == 15)
        #expect(cart.handshakeFailures.outboundByService.map(\.service) == ["db.shop.svc.cluster.local"])
        #expect(cart.insecureSources == ["unknown/unknown"])
        let legacy = try #require(snapshot.workload(WorkloadID(namespace: "pay", name: "legacy")))
        #expect(!legacy.hasProxy)
        #expect(legacy.callerReportedTraffic.tcpConnections == ClassCounts(unknown: 5))
        let ledger = try #require(snapshot.workload(WorkloadID(namespace: "pay", name: "ledger")))
        #expect(ledger.proxyKinds == [.ztunnel])
    }

    @Test func edgesTakeTheDestinationsViewAndFlagProxylessDestinations() throws {
        let snapshot = Self.snapshot(scrapes: 2)
        func edge(_ source: String, _ destination: String) throws -> Edge {
            try #require(
                snapshot.edges.first { $0.source.description == source && $0.destination.description == destination }
            )
        }
        #expect(snapshot.edges.count == 7)
        #expect(try edge("shop/frontend", "shop/cart").traffic.requests == ClassCounts(mutualTLS: 60))
        let unmeshed = try edge("unknown/unknown", "shop/cart")
        #expect(unmeshed.traffic.requests == ClassCounts(plaintext: 4))
        #expect(unmeshed.sourceIsUnmeshed)
        #expect(unmeshed.insecureFirstSeen == Self.first)
        #expect(unmeshed.insecureLastSeen == Self.second)
        #expect(try edge("shop/cart", "shop/db").traffic.tcpConnections == ClassCounts(mutualTLS: 2))
        let legacy = try edge("shop/cart", "pay/legacy")
        #expect(legacy.traffic.tcpConnections == ClassCounts(unknown: 5))
        #expect(legacy.isSourceReportedOnly)
        #expect(!legacy.destinationHasProxy)
        let quiet = try edge("shop/frontend", "pay/payments")
        #expect(quiet.traffic.requests == .zero)
        #expect(quiet.lastSeen == Self.first)
        #expect(try edge("shop/cart", "pay/payments").traffic.requests == ClassCounts(mutualTLS: 30))
        #expect(try edge("shop/frontend", "pay/ledger").traffic.tcpConnections == ClassCounts(unverified: 6))
    }

    @Test func certificatesAreNormalisedToNotAfterTimes() {
        let snapshot = Self.snapshot(scrapes: 2)
        let summary = snapshot.certificates.map {
            "\($0.namespace) \($0.workload ?? "-") \($0.kind.rawValue) \($0.name) \($0.urgency.rawValue)"
        }
        #expect(
            summary == [
                "pay - cert-manager pending not-issued",
                "shop cart workload default warning",
                "pay - cert-manager api-tls critical",
                "istio-system - istio-ca-root root ok",
            ]
        )
        #expect(snapshot.certificates.map(\.secondsLeft) == [nil, 3600, 5 * 86400, 365 * 86400])
        #expect(snapshot.certificates[1].notAfter == Self.secondSeconds + 3600)
    }

    @Test func alertsNameEveryProblemOnce() {
        let snapshot = Self.snapshot(scrapes: 2)
        let summary = snapshot.alerts.map {
            "\($0.code.code) \($0.severity.rawValue) \($0.namespace)/\($0.workload ?? "-")"
        }
        #expect(
            summary == [
                "CERT001 critical pay/-",
                "CERT001 warning shop/cart",
                "CERT003 warning pay/-",
                "MTLS001 warning shop/cart",
                "MTLS002 warning pay/ledger",
                "MTLS003 warning pay/legacy",
                "TLS001 warning shop/cart",
            ]
        )
        let plaintext = snapshot.alerts.first { $0.code == .plaintextIntoWorkload }
        #expect(plaintext?.summary == "shop/cart received 4 plaintext requests from callers outside the mesh.")
        #expect(plaintext?.firstSeen == Self.first)
        #expect(plaintext?.lastSeen == Self.second)
    }
}
