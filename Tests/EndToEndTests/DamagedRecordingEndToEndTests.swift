import Foundation
import Testing

/// The sample recording with one byte flipped in a middle frame: report and check skip that frame only,
/// name it on stderr, and appending to the file keeps every intact frame.
@Suite struct DamagedRecordingEndToEndTests {
    static let sample = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/mesh.mtrec.gz")

    /// A copy of the sample with one byte flipped halfway through, with or without its index.
    static func damagedCopy(in directory: URL, keepIndex: Bool) throws -> String {
        let path = directory.appendingPathComponent("mesh.mtrec.gz").path
        var bytes = Array(try Data(contentsOf: sample))
        bytes[bytes.count / 2] ^= 0x5A
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        if keepIndex {
            try FileManager.default.copyItem(atPath: sample.path + ".idx", toPath: path + ".idx")
        }
        return path
    }

    @Test(arguments: [false, true])
    func oneDamagedFrameCostsThatFrameOnly(keepIndex: Bool) throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-damaged-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.damagedCopy(in: directory, keepIndex: keepIndex)
        let intact = try ProcessCapture.run(MeshtopBinary.url, ["report", Self.sample.path])
        let report = try ProcessCapture.run(MeshtopBinary.url, ["report", path])
        #expect(report.status == 0, "\(report.error)")
        #expect(report.error.contains("skipped frame "), "\(report.error)")
        #expect(report.error.components(separatedBy: "skipped frame ").count == 2, "\(report.error)")
        // The last frame is still read: the report ends at the same time as the intact recording's.
        let intactLast = intact.output.split(separator: "\n").first
        #expect(report.output.split(separator: "\n").first == intactLast)
        let check = try ProcessCapture.run(MeshtopBinary.url, ["check", path])
        #expect(check.status != 2, "\(check.error)")
        #expect(check.error.contains("skipped frame "), "\(check.error)")
    }

    @Test func recordingOntoADamagedFileKeepsItsIntactFrames() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-damaged-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.damagedCopy(in: directory, keepIndex: false)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        let dump = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/istio-sidecar.prom").path
        let record = try ProcessCapture.run(
            MeshtopBinary.url,
            ["record", "-o", path, "-i", "1s", "--duration", "1s", "-q", dump]
        )
        #expect(record.status == 0, "\(record.error)")
        let after = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(after > size, "\(record.error)")
    }
}
