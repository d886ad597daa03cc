import Foundation
import Testing

/// Misused `--prometheus` options are refused before any request is made.
struct PrometheusOptionsTests {
    private static func standardError(of arguments: [String]) throws -> (message: String, status: Int32) {
        let result = try ProcessCapture.run(MeshtopBinary.url, arguments)
        return (result.error, result.status)
    }

    @Test(arguments: [
        (["report", "--prometheus-window", "60"], "need --prometheus URL"),
        (
            ["report", "--prometheus", "http://127.0.0.1:9", "--prometheus-window", "60"],
            "needs --prometheus-mode query"
        ),
        (["report", "--prometheus", "127.0.0.1:9090"], "must be an absolute http:// or https:// URL"),
        (["report", "--prometheus", "http://127.0.0.1:9", "--header", "no colon"], "'Name: value'"),
        (["report"], "give at least one dump file or --prometheus URL"),
        (["report", "--prometheus", "http://127.0.0.1:9", "--timeout", "0s"], "--timeout '0s' must be positive"),
        (["report", "--cacert", "/nonexistent/ca.pem", "x.prom"], "cannot read the CA file /nonexistent/ca.pem"),
        (["inspect", "--cacert", "/etc/hostname", "x.prom"], "the CA file /etc/hostname holds no PEM certificate"),
        (["record", "--cacert", "/nonexistent/ca.pem", "-o", "/dev/null", "x.prom"], "cannot read the CA file"),
        (["check", "--cacert", "/nonexistent/ca.pem", "--policies", "/dev/null", "x.prom"], "cannot read the CA file"),
    ])
    func misusedOptionsAreRefusedWithAReason(arguments: [String], reason: String) throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path),
            "build meshtop first"
        )
        let (message, status) = try Self.standardError(of: arguments)
        #expect(status != 0)
        #expect(message.contains(reason), "\(message)")
    }
}
