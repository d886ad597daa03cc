import Foundation
import Testing

/// `meshtop check` run as a process: exit codes, formats and error messages.
@Suite("meshtop check")
struct CheckCommandTests {
    private static let strictShop = """
        apiVersion: security.istio.io/v1
        kind: PeerAuthentication
        metadata: {name: default, namespace: shop, creationTimestamp: "2026-05-11T16:40:22Z"}
        spec: {mtls: {mode: STRICT}}
        """

    private static let plaintextRule = """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: cart, namespace: shop}
        spec: {host: cart, trafficPolicy: {tls: {mode: DISABLE}}}
        """

    private static let duplicateNamespacePolicy = """
        apiVersion: security.istio.io/v1beta1
        kind: PeerAuthentication
        metadata: {name: relaxed, namespace: shop, creationTimestamp: "2026-06-01T00:00:00Z"}
        spec: {mtls: {mode: PERMISSIVE}}
        """

    @Test("Clean policies pass with exit status 0")
    func cleanPasses() throws {
        let run = try CheckRun(files: ["p.yaml": Self.strictShop], arguments: ["--policies", "p.yaml"])
        #expect(run.status == 0)
        #expect(run.output.contains("shop                  ALREADY STRICT"))
        #expect(run.output.contains("PASS: 0 finding(s) at or above critical"))
    }

    @Test("A critical finding fails with exit status 1")
    func criticalFails() throws {
        let run = try CheckRun(
            files: ["p.yaml": Self.strictShop + "\n---\n" + Self.plaintextRule],
            arguments: ["--policies", "p.yaml"]
        )
        #expect(run.status == 1)
        #expect(run.output.contains("CRITICAL MT101 shop/cart"))
    }

    @Test("A warning fails only with --fail-on warning")
    func warningThreshold() throws {
        let files = ["a.yaml": Self.strictShop, "b.yaml": Self.duplicateNamespacePolicy]
        #expect(try CheckRun(files: files, arguments: ["--policies", "."]).status == 0)
        let strict = try CheckRun(files: files, arguments: ["--policies", ".", "--fail-on", "warning"])
        #expect(strict.status == 1)
        #expect(strict.output.contains("WARNING MT201 shop/relaxed"))
    }

    @Test("--suppress hides a finding and so passes the run")
    func suppressionPasses() throws {
        let files = ["p.yaml": Self.strictShop + "\n---\n" + Self.plaintextRule]
        let run = try CheckRun(files: files, arguments: ["--policies", "p.yaml", "--suppress", "MT101=shop/*"])
        #expect(run.status == 0)
        #expect(run.output.contains("1 suppressed"))
    }

    @Test("JSON output from standard input carries findings and the verdict")
    func jsonFromStandardInput() throws {
        let run = try CheckRun(
            files: [:],
            arguments: ["--policies", "-", "--format", "json"],
            standardInput: Self.strictShop + "\n---\n" + Self.plaintextRule
        )
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["failed"] as? Bool == true)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let finding = try #require(findings.first?["finding"] as? [String: Any])
        #expect(finding["code"] as? String == "MT101")
        #expect(findings.first?["kiali"] as? String == "KIA0207/KIA0208")
    }

    @Test("Unreadable input exits 2 with the file, document, line and field")
    func badInputExitsTwo() throws {
        let bad = Self.strictShop.replacingOccurrences(of: "STRICT", with: "STRICTT")
        let run = try CheckRun(files: ["bad.yaml": bad], arguments: ["--policies", "bad.yaml"])
        #expect(run.status == 2)
        #expect(run.error.contains("bad.yaml:4: document 1: spec.mtls.mode: unknown value \"STRICTT\""))
        #expect(run.output.isEmpty)
    }

    @Test("Bad option values and missing input exit 2")
    func usageErrorsExitTwo() throws {
        let files = ["p.yaml": Self.strictShop]
        #expect(try CheckRun(files: files, arguments: ["--policies", "p.yaml", "--fail-on", "fatal"]).status == 2)
        #expect(try CheckRun(files: files, arguments: ["--policies", "p.yaml", "--format", "xml"]).status == 2)
        #expect(try CheckRun(files: files, arguments: ["--policies", "p.yaml", "--suppress", "MT101"]).status == 2)
        #expect(try CheckRun(files: files, arguments: []).status == 2)
        #expect(try CheckRun(files: files, arguments: ["--policies", "missing.yaml"]).status == 2)
    }

    @Test("Telemetry dumps are read as sources, and an unreadable one exits 2")
    func telemetrySources() throws {
        let dump = """
            # TYPE istio_requests_total counter
            istio_requests_total{reporter="destination",source_workload="frontend",source_workload_namespace="web",\
            destination_workload="cart",destination_workload_namespace="shop",connection_security_policy="mutual_tls"} 7
            """
        let files = ["mesh.prom": dump, "p.yaml": Self.strictShop]
        let run = try CheckRun(files: files, arguments: ["mesh.prom", "--policies", "p.yaml"])
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        let missing = try CheckRun(files: files, arguments: ["absent.prom", "--policies", "p.yaml"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("absent.prom: open failed"))
    }

    @Test("A recorded window is judged: the sample mesh's plaintext before the flip fails a STRICT check")
    func recordedWindow() throws {
        let recording = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/mesh.mtrec.gz").path
        let strict = Self.strictShop.replacingOccurrences(of: "shop", with: "payments")
        let before = try CheckRun(
            files: ["p.yaml": strict],
            arguments: [recording, "--policies", "p.yaml", "--to", "+14m"]
        )
        #expect(before.status == 1)
        #expect(before.output.contains("CRITICAL MT304 payments/api"))
        let after = try CheckRun(
            files: ["p.yaml": strict],
            arguments: [recording, "--policies", "p.yaml", "--from", "+16m", "--to", "+23m"]
        )
        #expect(after.status == 0)
        let badTime = try CheckRun(
            files: ["p.yaml": strict],
            arguments: [recording, "--policies", "p.yaml", "--from", "soon"]
        )
        #expect(badTime.status == 2)
        #expect(badTime.error.contains("--from"))
    }

    @Test(
        "--from and --to take a time after a space or after '=', negative ones included, as in report",
        arguments: [["--from", "-5m"], ["--from=-5m"], ["--to", "-20m"], ["--to=-20m"]]
    )
    func windowOptionSpellings(window: [String]) throws {
        let recording = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/mesh.mtrec.gz").path
        let strict = Self.strictShop.replacingOccurrences(of: "shop", with: "payments")
        let run = try CheckRun(files: ["p.yaml": strict], arguments: [recording, "--policies", "p.yaml"] + window)
        #expect(run.error.isEmpty, "\(run.error)")
        // The last five minutes come after payments' STRICT flip; up to twenty minutes before the end, before it.
        let beforeFlip = window[0].hasPrefix("--to")
        #expect(run.status == (beforeFlip ? 1 : 0))
        #expect(run.output.contains("CRITICAL MT304 payments/api") == beforeFlip)
    }

    @Test("Escape sequences in resource names never reach the output raw")
    func escapesAreNeutralised() throws {
        let hostile = Self.strictShop.replacingOccurrences(of: "namespace: shop", with: "namespace: \"sh\\e[31mop\"")
        let run = try CheckRun(files: ["p.yaml": hostile], arguments: ["--policies", "p.yaml"])
        #expect(run.status == 0)
        #expect(!run.output.contains("\u{1B}"))
        #expect(run.output.contains("sh\\u{1b}[31mop"))
    }
}

/// One run of the built `meshtop check` in a fresh directory holding `files`.
private struct CheckRun {
    var status: Int32
    var output: String
    var error: String

    init(files: [String: String], arguments: [String], standardInput: String = "") throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meshtop-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try ProcessCapture.run(
            MeshtopBinary.url,
            ["check"] + arguments,
            in: directory,
            input: standardInput
        )
        status = result.status
        output = result.output
        error = result.error
    }
}
