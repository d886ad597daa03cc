import Foundation
import Testing

/// Runs the built `meshtop report` on small dumps written by the test.
@Suite struct ReportCommandTests {
    /// The `meshtop` binary next to the test bundle.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent().appendingPathComponent("meshtop")

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
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
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
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build meshtop first")
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
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build meshtop first")
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
}
