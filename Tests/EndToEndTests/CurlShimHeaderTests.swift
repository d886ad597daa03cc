import Foundation
import Testing

/// `Sources/CCurl` declares the libcurl types and numbers it uses itself, so that building needs no curl
/// headers; where `<curl/curl.h>` is installed, `ccurl_header_check.c` compares every number with it.
@Suite("libcurl shim header", .enabled(if: CCurlTools.clang != nil, "needs clang (part of the toolchain)"))
struct CurlShimHeaderTests {
    private static let sources = MeshtopBinary.packageRoot.appendingPathComponent("Sources/CCurl")

    /// Compiles `file` (syntax only) with `include` first on the include path, listing every header read.
    private func compile(_ file: URL, include: URL) throws -> ProcessCapture.Result {
        try ProcessCapture.run(try #require(CCurlTools.clang), ["-fsyntax-only", "-H", "-I", include.path, file.path])
    }

    @Test("ccurl.c reads no curl header, even where one is installed")
    func loaderNeedsNoCurlHeaders() throws {
        let run = try compile(
            Self.sources.appendingPathComponent("ccurl.c"),
            include: Self.sources.appendingPathComponent("include")
        )
        #expect(run.status == 0, "\(run.error)")
        let headers = run.error.split(separator: "\n").filter { $0.hasPrefix(".") }
        #expect(headers.contains { $0.hasSuffix("/ccurl.h") })
        #expect(!headers.contains { $0.contains("/curl/") }, "\(headers)")
    }

    @Test(
        "A number in ccurl.h that differs from curl.h fails the build",
        .enabled(if: CCurlTools.systemHeaderInstalled, "curl's header is not installed: nothing to compare")
    )
    func checkRejectsAWrongNumber() throws {
        let check = Self.sources.appendingPathComponent("ccurl_header_check.c")
        let header = Self.sources.appendingPathComponent("include/ccurl.h")
        let agreeing = try compile(check, include: header.deletingLastPathComponent())
        #expect(agreeing.status == 0, "\(agreeing.error)")
        #expect(agreeing.error.split(separator: "\n").contains { $0.hasPrefix(".") && $0.hasSuffix("/curl/curl.h") })

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "meshtop-ccurl-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOf: header, encoding: .utf8)
        let original = "X(CURLOPT_MAXREDIRS, CCURL_OPTTYPE_LONG, 68)"
        try #require(text.contains(original))
        let wrong = text.replacingOccurrences(of: original, with: "X(CURLOPT_MAXREDIRS, CCURL_OPTTYPE_LONG, 69)")
        try wrong.write(to: directory.appendingPathComponent("ccurl.h"), atomically: true, encoding: .utf8)
        let disagreeing = try compile(check, include: directory)
        #expect(disagreeing.status != 0)
        #expect(disagreeing.error.contains("ccurl.h: CURLOPT_MAXREDIRS differs from curl.h"), "\(disagreeing.error)")
    }
}

/// What the shim header tests need from the machine.
private enum CCurlTools {
    /// The C compiler on the PATH.
    static let clang: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("clang") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Whether curl's own header is installed (libcurl4-openssl-dev or another flavour).
    static let systemHeaderInstalled: Bool = {
        let multiarch = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/include")) ?? []
        return (["curl/curl.h"] + multiarch.map { "\($0)/curl/curl.h" })
            .contains { FileManager.default.fileExists(atPath: "/usr/include/" + $0) }
    }()
}
