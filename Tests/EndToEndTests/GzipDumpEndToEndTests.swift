import Foundation
import Testing

/// `curl --compressed -o dump.prom.gz` saves gzip: report and inspect read it as the dump it holds.
@Suite struct GzipDumpEndToEndTests {
    @Test func aGzipDumpReportsAsThePlainDumpDoes() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let text = try String(
            contentsOf: MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/istio-sidecar.prom"),
            encoding: .utf8
        )
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-gz-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("a.prom").path
        try text.write(toFile: plain, atomically: true, encoding: .utf8)
        let gzipped = try ProcessCapture.run(URL(fileURLWithPath: "/bin/gzip"), ["-k", plain])
        #expect(gzipped.status == 0)
        let expected = try ProcessCapture.run(MeshtopBinary.url, ["report", "--format", "json", plain])
        let read = try ProcessCapture.run(MeshtopBinary.url, ["report", "--format", "json", plain + ".gz"])
        #expect(read.status == 0, "\(read.error)")
        #expect(read.output.replacingOccurrences(of: plain + ".gz", with: plain) == expected.output)
        #expect(read.output.contains("payments"))
        let inspected = try ProcessCapture.run(MeshtopBinary.url, ["inspect", plain + ".gz"])
        #expect(inspected.output.contains("Prometheus text"))
    }
}
