import Foundation
import MeshtopSources
import Testing

/// Runs the built `meshtop replay` on the bundled recording.
@Suite struct ReplayCommandTests {
    static let recording = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/mesh.mtrec.gz").path

    static func run(_ arguments: [String]) throws -> ProcessCapture.Result {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        return try ProcessCapture.run(MeshtopBinary.url, arguments)
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The figures of a report JSON document, with alerts reduced to what both commands decide alike (which
    /// alerts fire and what they say); the lifecycle fields differ by design (see the README).
    static func figures(_ document: [String: Any]) throws -> NSDictionary {
        var copy = document
        let alerts = (document["alerts"] as? [[String: Any]] ?? []).filter { $0["state"] as? String == "firing" }
        copy["alerts"] = alerts.map { alert in
            ["code": alert["code"] ?? "", "workload": alert["workload"] ?? "", "summary": alert["summary"] ?? ""]
        }
        return copy as NSDictionary
    }

    @Test(arguments: [10, 40, 61, 100, 119])
    func `replay at a tick prints the JSON report of the window ending there`(tick: Int) throws {
        let reader = try RecordingReader(path: Self.recording)
        let end = reader.frames[reader.ticks[tick].upperBound - 1].timestampMilliseconds
        // No frame sits exactly 50 s before a tick, so (end − 50 s, end] and [end − 50 s, end] hold the same frames.
        let replay = try Self.run([
            "replay", Self.recording, "--at", "\(end)", "--window", "50s", "--once", "--format", "json",
        ])
        #expect(replay.status == 0, "\(replay.error)")
        let report = try Self.run([
            "report", Self.recording, "--from", "\(end - 50_000)", "--to", "\(end)", "--format", "json",
        ])
        #expect(report.status == 0, "\(report.error)")
        let replayed = try Self.object(replay.output)
        #expect(replayed["time"] as? Int64 == end)
        #expect(try Self.figures(replayed) == Self.figures(try Self.object(report.output)))
    }

    @Test func `plaintext into payments stops being a rate one window after the STRICT flip`() throws {
        func plaintext(at time: String) throws -> Double {
            let result = try Self.run(["replay", Self.recording, "--at", time, "--once", "--format", "json"])
            #expect(result.status == 0, "\(result.error)")
            let namespaces = try #require(try Self.object(result.output)["namespaces"] as? [[String: Any]])
            let payments = try #require(namespaces.first { $0["name"] as? String == "payments" })
            let rates = try #require(payments["requests_per_second"] as? [String: Any])
            return try #require(rates["none"] as? Double)
        }
        #expect(abs(try plaintext(at: "+10m") - 1.5) < 0.1)
        #expect(try plaintext(at: "+17m") == 0)
    }

    @Test func `replay once prints the overview and the CSV table`() throws {
        let text = try Self.run(["replay", Self.recording, "--at", "+5m", "--once", "--width", "120"])
        #expect(text.status == 0)
        #expect(text.output.contains("PAUSED"))
        #expect(text.output.contains("rates over the last 1m"))
        let csv = try Self.run(["replay", Self.recording, "--at", "+5m", "--once", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.output.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("namespace,workloads,requests_mtls") == true)
        #expect(lines.contains { $0.hasPrefix("payments,") })
    }

    @Test func `replay of a missing file exits 2 naming it`() throws {
        let result = try Self.run(["replay", "/nonexistent/nosuch.mtrec.gz", "--once"])
        #expect(result.status == 2)
        #expect(result.error.contains("nosuch.mtrec.gz"))
    }
}

/// Times show in the local zone (TZ honoured), or UTC with --utc, and typed times of day are read in it.
@Suite struct LocalTimeTests {
    static func run(zone: String, _ arguments: [String]) throws -> ProcessCapture.Result {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        return try ProcessCapture.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["TZ=\(zone)", MeshtopBinary.url.path] + arguments
        )
    }

    @Test func `a time of day is local, and --utc reads and shows UTC`() throws {
        let recording = ReplayCommandTests.recording
        let berlin = try Self.run(zone: "Europe/Berlin", ["replay", recording, "--at", "15:10", "--once"])
        #expect(berlin.status == 0)
        // 15:10 in Berlin (CET, UTC+1) is 14:10 UTC, ten minutes into the recording.
        #expect(berlin.output.contains("data 2026-11-23 15:09:45 CET"), "\(berlin.output)")
        let utc = try Self.run(zone: "Europe/Berlin", ["replay", recording, "--at", "14:10", "--utc", "--once"])
        #expect(utc.output.contains("data 2026-11-23 14:09:45 UTC"), "\(utc.output)")
    }
}
