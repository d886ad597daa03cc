import Foundation
import Testing

/// Runs the built `meshtop report` on small dumps written by the test.
@Suite struct ReportCommandTests {
    /// Writes `text` to a fresh temporary file.
    static func dump(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("meshtop-report-\(UUID().uuidString).prom")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Deletes files written by ``dump(_:)``.
    static func remove(_ paths: String...) {
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Runs `meshtop` with `arguments` and returns its standard output and exit status.
    static func run(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let result = try ProcessCapture.run(MeshtopBinary.url, arguments)
        return (result.output, result.status)
    }

    /// One plaintext series from an unmeshed caller and one mTLS series, at `time` (unix ms).
    static func scrape(plaintext: Int, mutual: Int, time: Int64) -> String {
        let common = "reporter=\"destination\",destination_workload=\"cart\",destination_workload_namespace=\"shop\""
        return """
            istio_requests_total{\(common),source_workload="unknown",source_workload_namespace="unknown",\
            connection_security_policy="none"} \(plaintext) \(time)
            istio_requests_total{\(common),source_workload="web",source_workload_namespace="shop",\
            connection_security_policy="mutual_tls"} \(mutual) \(time)

            """
    }

    @Test func twoFilesGiveIncreasesOverTheWindowAsJSON() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let first = try Self.dump(Self.scrape(plaintext: 10, mutual: 100, time: 1_700_000_000_000))
        let second = try Self.dump(Self.scrape(plaintext: 13, mutual: 160, time: 1_700_000_030_000))
        defer { Self.remove(first, second) }
        let (output, status) = try Self.run(["report", "--format", "json", first, second])
        #expect(status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let mesh = try #require(object["mesh"] as? [String: Any])
        let requests = try #require(mesh["requests"] as? [String: Double])
        #expect(requests == ["mutual_tls": 60, "none": 3, "unknown": 0])
        let window = try #require(object["window"] as? [String: Any])
        #expect(window["start"] as? Int64 == 1_700_000_000_000)
        #expect(window["end"] as? Int64 == 1_700_000_030_000)
        let namespaces = try #require(object["namespaces"] as? [[String: Any]])
        #expect(namespaces.first?["plaintext_sources"] as? [String] == ["unknown/unknown"])
        let keys = [
            "\"time\"", "\"window\"", "\"mesh\"", "\"namespaces\"", "\"workloads\"", "\"edges\"",
            "\"certificates\"", "\"alerts\"", "\"sources\"",
        ]
        let positions = keys.compactMap { output.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test func textOutputEscapesControlCharactersFromLabelValues() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let hostile = """
            istio_requests_total{reporter="destination",source_workload="evil\u{1B}[2J",\
            source_workload_namespace="x",destination_workload="cart",destination_workload_namespace="shop",\
            connection_security_policy="none"} 1

            """
        let file = try Self.dump(hostile)
        defer { Self.remove(file) }
        let (output, status) = try Self.run(["report", "shop/cart=" + file])
        #expect(status == 0)
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("x/evil\\u{1b}[2J -> shop/cart"))
    }

    /// The bundled 30-minute sample recording (story in `sample-telemetry/README.md`).
    static let sampleRecording = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/mesh.mtrec.gz").path

    /// A policy fixture of the sample story, under `Tests/MeshtopSourcesTests/Fixtures/Policies/`.
    static func storyPolicy(_ name: String) -> String {
        MeshtopBinary.packageRoot.appendingPathComponent("Tests/MeshtopSourcesTests/Fixtures/Policies/\(name)").path
    }

    /// Runs `meshtop report --format json` with `arguments` and decodes the document.
    static func reportJSON(_ arguments: [String]) throws -> [String: Any] {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let (output, status) = try run(["report", "--format", "json"] + arguments)
        #expect(status == 0)
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    /// The class object at `object[key]` (`requests`, `tcp_connections`).
    static func counts(_ object: [String: Any]?, _ key: String) throws -> [String: Double] {
        try #require(object?[key] as? [String: Double])
    }

    /// The element of `object[list]` whose `key` is `value`.
    static func entry(_ object: [String: Any], _ list: String, _ key: String, _ value: String) throws -> [String: Any] {
        let entries = try #require(object[list] as? [[String: Any]])
        return try #require(entries.first { $0[key] as? String == value })
    }

    /// True when `value` is a unix-millisecond time in the second that starts at `second`.
    static func isWithinASecond(_ value: Any?, of second: Int64) -> Bool {
        guard let time = value as? Int64 else { return false }
        return (second..<second + 1000).contains(time)
    }

    @Test func theSampleRecordingIsReportedFrameByFrameWithItsNamespaces() throws {
        let report = try Self.reportJSON([Self.sampleRecording])
        let requests = try Self.counts(report["mesh"] as? [String: Any], "requests")
        #expect(requests["mutual_tls", default: 0] > 0)
        #expect(requests["none", default: 0] > 0)
        let window = try #require(report["window"] as? [String: Any])
        #expect(window["increases"] as? Bool == true)
        // 2026-11-23 14:00:00 UTC to 14:29:45 UTC (scrapes take a few milliseconds): each frame keeps its time.
        #expect(Self.isWithinASecond(window["start"], of: 1_795_442_400_000))
        #expect(Self.isWithinASecond(window["end"], of: 1_795_444_185_000))
        let namespaces = try #require(report["namespaces"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(Set(namespaces).isSuperset(of: ["bookinfo", "payments", "istio-system"]))
        let sources = try #require(report["sources"] as? [[String: Any]])
        #expect(sources.count == 3)
        #expect(sources.allSatisfy { $0["scrapes"] as? Int64 == 120 })
        let payments = try Self.entry(report, "namespaces", "name", "payments")
        #expect(payments["mode"] is NSNull)
        #expect(payments["readiness"] is NSNull)
    }

    @Test func aWindowBeforeTheStrictFlipShowsPlaintextIntoPaymentsAndOneAfterShowsNone() throws {
        let before = try Self.reportJSON([Self.sampleRecording, "--from", "+0m", "--to", "+14m"])
        let paymentsBefore = try Self.entry(before, "namespaces", "name", "payments")
        #expect(try Self.counts(paymentsBefore, "requests")["none", default: 0] > 0)
        #expect(try Self.counts(paymentsBefore, "tcp_connections")["none", default: 0] > 0)
        #expect(paymentsBefore["plaintext_sources"] as? [String] == ["unknown/unknown"])
        let window = try #require(before["window"] as? [String: Any])
        #expect(Self.isWithinASecond(window["end"], of: 1_795_442_400_000 + 14 * 60_000))

        let after = try Self.reportJSON([Self.sampleRecording, "--from", "+16m", "--to", "+23m"])
        let paymentsAfter = try Self.entry(after, "namespaces", "name", "payments")
        #expect(try Self.counts(paymentsAfter, "requests")["none"] == 0)
        #expect(try Self.counts(paymentsAfter, "tcp_connections")["none"] == 0)
        #expect(try Self.counts(paymentsAfter, "requests")["mutual_tls", default: 0] > 0)
        // Failed handshakes replace the plaintext after the flip, and stop once callers have sidecars.
        #expect(paymentsAfter["handshake_failures"] as? Double ?? 0 > 0)
        let recovered = try Self.reportJSON([Self.sampleRecording, "--from", "+26m"])
        #expect(try Self.entry(recovered, "namespaces", "name", "payments")["handshake_failures"] as? Double == 0)
    }

    @Test func aNegativeFromCountsBackFromTheLastFrame() throws {
        let full = try #require(try Self.reportJSON([Self.sampleRecording])["window"] as? [String: Any])
        let lastMinute = try #require(
            try Self.reportJSON([Self.sampleRecording, "--from", "-1m"])["window"] as? [String: Any]
        )
        let end = try #require(full["end"] as? Int64)
        let start = try #require(lastMinute["start"] as? Int64)
        #expect(lastMinute["end"] as? Int64 == end)
        #expect(start >= end - 60_000 && start < end - 30_000)
    }

    @Test func aDirectoryOfDumpsIsAWindowOfScrapesThatFromAndToNarrow() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-report-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // 2023-11-14T22:13:20Z and every 30 s after: plaintext 10, 13, 19; mTLS 100, 160, 200.
        for (index, (plaintext, mutual)) in [(10, 100), (13, 160), (19, 200)].enumerated() {
            let time: Int64 = 1_700_000_000_000 + Int64(index) * 30_000
            let name = "mesh-\(time / 1000).prom"
            try Self.scrape(plaintext: plaintext, mutual: mutual, time: time)
                .write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let requests = { (window: [String]) in
            try Self.counts(Self.reportJSON([directory.path] + window)["mesh"] as? [String: Any], "requests")
        }
        #expect(try requests([]) == ["mutual_tls": 100, "none": 9, "unknown": 0])
        #expect(try requests(["--to", "1700000030"]) == ["mutual_tls": 60, "none": 3, "unknown": 0])
        #expect(try requests(["--from", "+30s"]) == ["mutual_tls": 40, "none": 6, "unknown": 0])
    }

    @Test func policiesGiveEachNamespaceAndWorkloadItsModeAndReadiness() throws {
        let before = try Self.reportJSON([
            Self.sampleRecording, "--to", "+14m", "--policies", Self.storyPolicy("story-before-flip.yaml"),
        ])
        let payments = try Self.entry(before, "namespaces", "name", "payments")
        let mode = try #require(payments["mode"] as? [String: Any])
        #expect(mode["mode"] as? String == "PERMISSIVE")
        #expect(mode["policy"] as? String == "payments/default")
        let readiness = try #require(payments["readiness"] as? [String: Any])
        #expect(readiness["verdict"] as? String == "BLOCKED")
        let blockers = try #require(readiness["blockers"] as? [[String: Any]])
        #expect(Set(blockers.compactMap { $0["destination"] as? String }) == ["payments/api", "payments/ledger"])
        #expect(blockers.allSatisfy { $0["kind"] as? String == "unmeshed-caller" })
        let bookinfo = try Self.entry(before, "namespaces", "name", "bookinfo")
        #expect((bookinfo["mode"] as? [String: Any])?["origin"] as? String == "mesh default")
        #expect((bookinfo["readiness"] as? [String: Any])?["verdict"] as? String == "READY")

        let after = try Self.reportJSON([
            Self.sampleRecording, "--from", "+16m", "--policies", Self.storyPolicy("story-after-flip.yaml"),
        ])
        let api = try Self.entry(after, "workloads", "name", "api")
        #expect((api["mode"] as? [String: Any])?["mode"] as? String == "STRICT")
        #expect((api["readiness"] as? [String: Any])?["verdict"] as? String == "ALREADY STRICT")
    }

    @Test func textOutputListsModesAndBlockersUnderPolicy() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let arguments = ["report", Self.sampleRecording, "--to", "+14m"]
        let (output, status) = try Self.run(arguments + ["--policies", Self.storyPolicy("story-before-flip.yaml")])
        #expect(status == 0)
        let policy = try #require(output.range(of: "Policy (effective mTLS mode; STRICT readiness)"))
        let section = output[policy.upperBound...]
        #expect(section.contains("mode             PERMISSIVE (namespace policy default)"))
        #expect(section.contains("readiness        BLOCKED (2)"))
        #expect(section.contains("- unmeshed caller unknown/unknown -> payments/api"))
        #expect(try !Self.run(arguments).output.contains("Policy (effective"))
    }

    @Test func anUnreadableTimeOrPolicyFileExitsTwo() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        #expect(try Self.run(["report", Self.sampleRecording, "--from", "soon"]).status == 2)
        #expect(try Self.run(["report", Self.sampleRecording, "--policies", "/nonexistent/p.yaml"]).status == 2)
    }
}
