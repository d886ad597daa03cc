import Foundation
import MeshtopSources
import Testing

@Suite struct LocalSourceTests {
    @Test func aFileIsReadAgainOnlyWhenItChanges() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("sidecar.prom")
        try Data("up 1\n".utf8).write(to: URL(fileURLWithPath: path))
        let source = FileSource(name: "sidecar", path: path)
        guard case .frame(let first) = try await source.fetch() else {
            Issue.record("the first fetch must read the file")
            return
        }
        #expect(first.bytes == Array("up 1\n".utf8))
        #expect(try await source.fetch() == .unchanged)
        try Data("up 0\nup 1\n".utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        guard case .frame(let second) = try await source.fetch() else {
            Issue.record("a rewritten file must be read again")
            return
        }
        #expect(second.bytes == Array("up 0\nup 1\n".utf8))
    }

    @Test func aFileNotWrittenYetIsAwaited() async throws {
        let source = FileSource(name: "later", path: "/nonexistent/meshtop/sidecar.prom")
        await #expect(throws: FetchError.waiting(path: "/nonexistent/meshtop/sidecar.prom")) {
            try await source.fetch()
        }
        #expect(FetchError.waiting(path: "x.prom").description == "waiting for x.prom")
    }

    @Test func aFileThatWentAwayAfterItWasReadIsAnErrorInPlainWords() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("sidecar.prom")
        try Data("up 1\n".utf8).write(to: URL(fileURLWithPath: path))
        let source = FileSource(name: "gone", path: path)
        _ = try await source.fetch()
        try FileManager.default.removeItem(atPath: path)
        await #expect(throws: FetchError.file("no such file")) { try await source.fetch() }
    }

    @Test func aDirectoryServesItsNewestDump() async throws {
        let directory = try TemporaryDirectory()
        try Data("old\n".utf8).write(to: directory.url.appendingPathComponent("s-20261123T140000Z.prom"))
        try Data("new\n".utf8).write(to: directory.url.appendingPathComponent("s-20261123T140015Z.prom"))
        let source = DirectorySource(name: "curl-loop", path: directory.url.path)
        guard case .frame(let frame) = try await source.fetch() else {
            Issue.record("expected the newest dump")
            return
        }
        #expect(frame.bytes == Array("new\n".utf8))
        #expect(frame.source == "curl-loop")
        #expect(try await source.fetch() == .unchanged)
        try Data("newer\n".utf8).write(to: directory.url.appendingPathComponent("s-20261123T140030Z.prom"))
        guard case .frame(let next) = try await source.fetch() else {
            Issue.record("expected the dump that arrived")
            return
        }
        #expect(next.bytes == Array("newer\n".utf8))
    }
}
