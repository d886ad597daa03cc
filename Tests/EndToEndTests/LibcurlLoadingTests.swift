import Foundation
import Testing

/// libcurl is loaded when the first HTTP(S) source is used, not at start-up: commands on files start
/// without its thirty-odd libraries, and a machine without libcurl still reads files.
@Suite("libcurl loading")
struct LibcurlLoadingTests {
    private static let sample = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/istio-sidecar.prom")
        .path

    /// Runs meshtop through `env` with `settings` (`NAME=value`) added to the environment.
    private func meshtop(_ settings: [String], _ arguments: [String]) throws -> ProcessCapture.Result {
        try ProcessCapture.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            settings + [MeshtopBinary.url.path] + arguments
        )
    }

    @Test func readingAFileNeverLoadsLibcurlButFetchingOverHTTPDoes() throws {
        let file = try meshtop(["LD_DEBUG=libs"], ["inspect", Self.sample])
        #expect(file.status == 0)
        #expect(file.error.contains("libswiftCore.so"), "the loader's trace is missing: \(file.error.prefix(300))")
        #expect(!file.error.contains("libcurl"))
        let http = try meshtop(["LD_DEBUG=libs"], ["inspect", "http://127.0.0.1:1/stats"])
        #expect(http.status != 0)
        #expect(http.error.contains("libcurl.so.4"))
    }

    @Test func withoutAUsableLibcurlFilesStillWorkAndHTTPSaysWhy() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meshtop-no-curl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // An empty file where the loader looks first: libcurl.so.4 cannot be loaded.
        try Data().write(to: directory.appendingPathComponent("libcurl.so.4"))
        let settings = ["LD_LIBRARY_PATH=\(directory.path)"]
        let file = try meshtop(settings, ["inspect", Self.sample])
        #expect(file.status == 0)
        #expect(file.output.contains("samples:"))
        let http = try meshtop(settings, ["inspect", "http://127.0.0.1:1/stats"])
        #expect(http.status != 0)
        #expect(http.error.contains("HTTP(S) sources need libcurl (libcurl.so.4), which could not be loaded"))
        #expect(http.error.contains("libcurl.so.4: file too short"))
    }
}
