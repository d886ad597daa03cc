import Foundation
import Testing

/// No output of any command carries a raw escape, C1 or bidirectional control from its input or arguments.
@Suite struct TerminalSafeOutputTests {
    static let dump = """
        istio_requests_total{reporter="destination",source_workload="ev\u{202E}il",source_workload_namespace="x",\
        destination_workload="w\u{9B}cart",destination_workload_namespace="shop\u{2066}",\
        connection_security_policy="none",response_code="200"} 5

        """

    static func isRaw(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    @Test(arguments: [
        ["report"], ["report", "--format", "json"], ["inspect"], ["inspect", "--format", "json"], ["check"],
        ["check", "--format", "json"],
    ])
    func noRawControlReachesTheTerminal(command: [String]) throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let path = try ReportCommandTests.dump(Self.dump)
        defer { ReportCommandTests.remove(path) }
        let result = try ProcessCapture.run(MeshtopBinary.url, command + [path])
        #expect(!result.output.unicodeScalars.contains(where: Self.isRaw), "\(command): \(result.output)")
        #expect(!result.error.unicodeScalars.contains(where: Self.isRaw), "\(command): \(result.error)")
    }

    @Test(arguments: [
        ["report", "--fr\u{1B}[31mom", "x"], ["report", "--prometheus-mode", "q\u{1B}]0;x\u{7}", "x"],
        ["inspect", "--format", "\u{9B}2J", "x"],
    ])
    func argumentErrorsDoNotEchoEscapeBytes(arguments: [String]) throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let result = try ProcessCapture.run(MeshtopBinary.url, arguments)
        #expect(result.status != 0)
        #expect(!result.error.isEmpty)
        #expect(!result.error.unicodeScalars.contains(where: Self.isRaw), "\(result.error)")
    }
}
