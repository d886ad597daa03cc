import Foundation
import Testing

/// Drives the dashboard against a live HTTP source served by the test, and against policy files.
@Suite(
    .serialized,
    .enabled(if: TmuxSession.tmux != nil, "tmux is not installed: skipping the live dashboard tests")
)
struct LiveDashboardTests {
    @Test func followsAnHTTPSourceLiveAndKeepsReactingWhenItDies() throws {
        let sidecars = try FakeSidecarServer(mesh: .shop)
        defer { sidecars.stop() }
        let pod = try #require(FakeMesh.shop.pods.first { $0.namespace == "payments" })
        let url = "http://127.0.0.1:\(sidecars.port)\(pod.path)"
        let session = try TmuxEndToEndTests().start("'ledger=\(url)' -i 1s", width: 120, height: 30)
        let first = try session.waitFor("live data from the source") { $0.contains("LIVE") && $0.contains("payments") }
        #expect(first.contains("NAMESPACE"))

        // Freezing keeps the view and says so; stepping back goes through what was seen; z resumes.
        try session.waitFor("a second scrape") { _ in sidecars.requestCount >= 2 }
        try session.send("z")
        try session.waitFor("PAUSED")
        try session.send("T")
        try session.waitFor("a step back") { $0.contains("PAUSED 1/") }
        try session.send("z")
        try session.waitFor("live again") { $0.contains("LIVE") && !$0.contains("PAUSED") }

        // A dead source shows as an error in plain words, and the screen still answers keys.
        sidecars.stop()
        try session.waitFor("the source error", timeout: 20) { $0.contains("connection refused") }
        try session.send("?")
        try session.waitFor("Help: j/k scroll")
        try session.send("x")
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func capitalWRecordsWhatIsPolledAndQuittingClosesTheRecording() throws {
        let sidecars = try FakeSidecarServer(mesh: .shop)
        defer { sidecars.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-rec-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pod = try #require(FakeMesh.shop.pods.first { $0.namespace == "payments" })
        let url = "http://127.0.0.1:\(sidecars.port)\(pod.path)"
        let session = try TmuxEndToEndTests().start("'ledger=\(url)' -i 1s", width: 120, height: 30, in: directory)

        // The first press starts a recording named after the time, the second stops it.
        try session.send("W")
        try session.waitFor("the recording indicator") { $0.contains("● REC meshtop-") }
        let started = sidecars.requestCount
        try session.waitFor("two more scrapes") { _ in sidecars.requestCount >= started + 2 }
        try session.send("W")
        try session.waitFor("the recording summary") { $0.contains("recorded") && !$0.contains("● REC") }

        // q while recording closes the recording cleanly.
        try session.send("W")
        try session.waitFor("a second recording with a frame") {
            $0.range(of: #"● REC meshtop-\S+\.mtrec\.gz [1-9]"#, options: .regularExpression) != nil
        }
        try session.send("q")
        try session.waitFor("EXIT=0")

        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.hasPrefix("meshtop-") && $0.hasSuffix(".mtrec.gz")
        }
        #expect(files.count == 2, "recordings: \(files)")
        for file in files {
            let path = directory.appendingPathComponent(file).path
            let replayed = try TmuxEndToEndTests.run(["--once", "--width", "120", path])
            #expect(replayed.status == 0, "\(file): \(replayed.text)")
            #expect(replayed.text.contains("payments"), "\(file) does not replay the polled mesh")
        }
    }

    @Test func policiesFillTheModeAndReadinessColumns() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-live-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let policies = directory.appendingPathComponent("policies.yaml")
        try Self.permissivePayments.write(to: policies, atomically: true, encoding: .utf8)
        let dump = "sample-telemetry/istio-sidecar.prom"

        let plain = try TmuxEndToEndTests.run(["--once", "--width", "120", dump])
        #expect(!plain.text.contains("READY?"))
        #expect(!plain.text.contains("MODE"))

        let judged = try TmuxEndToEndTests.run(["--once", "--width", "120", "--policies", policies.path, dump])
        #expect(judged.status == 0)
        let header = try #require(judged.text.split(separator: "\n").first { $0.hasPrefix("NAMESPACE") })
        #expect(header.contains("READY?") && header.contains("MODE"))
        let row = try #require(judged.text.split(separator: "\n").first { $0.hasPrefix("payments") })
        // Plaintext reaches payments, so the namespace's PERMISSIVE policy cannot become STRICT yet.
        #expect(row.contains("PERMISSIVE"))
        #expect(row.contains("BLOCKED"))
    }

    @Test func dumpsWithTheSameFileNameInTwoFoldersAreTwoSources() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-same-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for namespace in ["alpha", "beta"] {
            let folder = directory.appendingPathComponent(namespace)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let dump = folder.appendingPathComponent("web.prom")
            let labels = """
                reporter="destination",source_workload="web",source_workload_namespace="\(namespace)",\
                destination_workload="api",destination_workload_namespace="\(namespace)",\
                connection_security_policy="mutual_tls"
                """
            try "istio_requests_total{\(labels)} 10\n".write(to: dump, atomically: true, encoding: .utf8)
            paths.append(dump.path)
        }
        let output = try TmuxEndToEndTests.run(["--once", "--width", "120"] + paths)
        #expect(output.status == 0)
        // Taken as two scrapes of one source, the second would turn the totals into a rate over the
        // milliseconds between the files' modification times.
        #expect(output.text.contains("Sources: 2 ok"), "\(output.text)")
        #expect(output.text.contains("of 20 requests (one scrape)"), "\(output.text)")
        // One scrape's figures are whole counts.
        let rows = output.text.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("alpha") && $0.contains(" 10 ") }, "\(output.text)")
        #expect(rows.contains { $0.hasPrefix("beta") && $0.contains(" 10 ") }, "\(output.text)")
    }

    static let permissivePayments = """
        apiVersion: security.istio.io/v1
        kind: PeerAuthentication
        metadata:
          name: default
          namespace: payments
        spec:
          mtls:
            mode: PERMISSIVE
        """
}
