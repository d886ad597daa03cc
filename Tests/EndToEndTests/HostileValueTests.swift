import Foundation
import Testing

/// No value in a dump or an argument makes the binary trap: out-of-range numbers cost their line (or
/// become an argument error naming the option) and the rest goes on.
@Suite struct HostileValueTests {
    static func run(_ arguments: [String]) throws -> ProcessCapture.Result {
        try ProcessCapture.run(MeshtopBinary.url, arguments)
    }

    static let certificateLines = [
        #"istio_agent_cert_expiry_seconds{resource_name="default"} 1e19"#,
        #"istio_agent_cert_expiry_seconds{resource_name="default"} 9.2e18"#,
        #"istio_agent_cert_expiry_seconds{resource_name="default"} -9.2e18"#,
        #"certmanager_certificate_expiration_timestamp_seconds{name="web",namespace="shop"} 1e300"#,
        #"istio_agent_cert_expiry_seconds{resource_name="default"} NaN"#,
        #"istio_agent_cert_expiry_seconds{resource_name="default"} +Inf"#,
        "cluster.outbound|443||x.ssl.certificate.default.expiration_unix_time_seconds: 18446744073709551615",
    ]

    @Test(arguments: certificateLines)
    func oneCertificateGaugeThatIsNoDateCrashesNoCommand(line: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let path = try ReportCommandTests.dump(line + "\n")
        defer { ReportCommandTests.remove(path) }
        let finite = !line.hasSuffix("NaN") && !line.hasSuffix("Inf")
        for command in [["report", path], ["report", "--format", "json", path], ["inspect", path]] {
            let result = try Self.run(command)
            #expect(result.status == 0, "\(command): \(result.error)")
            if finite, command == ["report", path] {
                #expect(result.output.contains("CERT004"))
                #expect(result.output.contains("invalid"))
            }
        }
        let frame = try Self.run(["--once", "--width", "100", "--height", "20", path])
        #expect(frame.status == 0, "\(frame.error)")
    }

    @Test func aSampleTimestampOfInt64MaxInOneOfTwoDumpsCostsItsLine() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let first = try ReportCommandTests.dump(ReportCommandTests.scrape(plaintext: 1, mutual: 1, time: .max))
        let second = try ReportCommandTests.dump(
            ReportCommandTests.scrape(plaintext: 3, mutual: 9, time: 1_700_000_030_000)
        )
        defer { ReportCommandTests.remove(first, second) }
        let result = try Self.run(["report", first, second])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("mTLS 9"))
        let inspected = try Self.run(["inspect", first])
        #expect(inspected.output.contains("timestamp out of range"))
    }

    @Test(arguments: [
        (["--time", "9223372036854775807"], "--time"),
        (["--time=-9223372036854775808"], "--time"),
        (["--time", "99999999999999999"], "--time"),
        (["--from", "+9999999999999d"], "--from"),
        (["--to", "-9223372036854775807ms"], "--to"),
        (["--from", "+1e300"], "--from"),
    ])
    func anExtremeTimeArgumentExitsTwoNamingTheOption(arguments: [String], option: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let path = try ReportCommandTests.dump("a 1\n")
        defer { ReportCommandTests.remove(path) }
        let result = try Self.run(["report", path] + arguments)
        #expect(result.status == 2, "\(result.error)")
        #expect(result.error.contains(option))
        #expect(!result.error.contains("Fatal error"))
    }

    @Test(arguments: [
        (["--once", "-i", "1e300"], "--interval"),
        (["--once", "--interval", "9999999999999d"], "--interval"),
        (["record", "-o", "/dev/null", "--interval", "1e300"], "--interval"),
        (["record", "-o", "/dev/null", "--duration", "3700000d"], "--duration"),
        (["record", "-o", "/dev/null", "--timeout", "1e300"], "--timeout"),
    ])
    func anExtremeDurationIsAnArgumentErrorNamingTheOption(arguments: [String], option: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let path = try ReportCommandTests.dump("a 1\n")
        defer { ReportCommandTests.remove(path) }
        let result = try Self.run(arguments + [path])
        #expect(result.status != 0 && result.status < 128, "\(arguments): exit \(result.status)")
        #expect(result.error.contains(option), "\(result.error)")
        #expect(!result.error.contains("Fatal error"))
    }
}
