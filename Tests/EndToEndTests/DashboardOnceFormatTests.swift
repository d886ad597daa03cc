import Foundation
import MeshtopSources
import Testing

/// `meshtop … --once --format json|csv`: the dashboard prints the figures it would open on, as `report` and
/// `replay` print them, so scripts need no terminal.
@Suite struct DashboardOnceFormatTests {
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> ProcessCapture.Result {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        return try ProcessCapture.run(MeshtopBinary.url, arguments, in: directory)
    }

    @Test func `a dump read once prints the report JSON of that dump, byte for byte`() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-once-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The sidecar dump has no sample timestamps: both commands date it by its modification time.
        let sidecar = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/istio-sidecar.prom")
        try FileManager.default.copyItem(at: sidecar, to: folder.appendingPathComponent("sidecar.prom"))
        let dashboard = try Self.run(["sidecar.prom", "--once", "--format", "json"], in: folder)
        let report = try Self.run(["report", "sidecar.prom", "--format", "json"], in: folder)
        #expect(dashboard.status == 0, "\(dashboard.error)")
        #expect(report.status == 0, "\(report.error)")
        #expect(!dashboard.output.isEmpty)
        #expect(dashboard.output == report.output)
    }

    @Test func `the sample opens at its last tick, and json equals replay's at that moment`() throws {
        let recording = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/mesh.mtrec.gz").path
        let reader = try RecordingReader(path: recording)
        let end = try #require(reader.frames.last).timestampMilliseconds
        let policies = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/policies.yaml").path
        let dashboard = try Self.run(["--once", "--format", "json"])
        let replay = try Self.run([
            "replay", recording, "--policies", policies, "--at", "\(end)", "--once", "--format", "json",
        ])
        #expect(dashboard.status == 0, "\(dashboard.error)")
        #expect(replay.status == 0, "\(replay.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(dashboard.output.utf8)) as? NSDictionary)
        #expect(object["time"] as? Int64 == end)
        #expect(dashboard.output == replay.output)
    }

    @Test func `csv prints the overview table`() throws {
        let result = try Self.run(["--once", "--format", "csv"])
        #expect(result.status == 0, "\(result.error)")
        let header = try #require(result.output.split(separator: "\n").first)
        #expect(header.hasPrefix("namespace,"), "\(header)")
        #expect(result.output.contains("payments"))
    }

    @Test func `json with a source that cannot be read exits 2 naming it`() throws {
        let result = try Self.run(["http://127.0.0.1:1/stats/prometheus", "--once", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("127.0.0.1:1"), "\(result.error)")
    }

    @Test func `format without once is a usage error`() throws {
        let result = try Self.run(["--format", "json"])
        #expect(result.status == 64)
        #expect(result.error.contains("--format goes with --once"), "\(result.error)")
    }
}
