import Foundation
import MeshtopSources
import Testing

/// A dump saved gzip-compressed (`curl --compressed -o`) is read as the text it holds, not as a recording.
@Suite struct GzipDumpTests {
    static let text = Array("# TYPE istio_requests_total counter\nistio_requests_total{a=\"b\"} 7\n".utf8)

    @Test func aGzipDumpIsASingleDumpReadAsItsText() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("scrape.prom.gz")
        try Data(GzipMember.compress(Self.text)).write(to: URL(fileURLWithPath: path))
        #expect(RecordingReader.isRecording(path: path) == false)
        let reader = try RecordingReader(path: path)
        #expect(reader.kind == .singleDump)
        #expect(try reader.frame(at: 0).bytes == Self.text)
    }

    @Test func aRecordingIsStillARecording() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 3, to: path)
        #expect(RecordingReader.isRecording(path: path))
    }

    @Test func severalMembersInflateInAnyChunkSize() {
        let halves = [Array(Self.text[..<20]), Array(Self.text[20...])]
        let bytes = halves.flatMap { GzipMember.compress($0) }
        for size in [1, 7, 4096] {
            let stream = GzipStream()
            var text: [UInt8] = []
            var offset = 0
            while offset < bytes.count {
                let chunk = Array(bytes[offset..<min(offset + size, bytes.count)])
                #expect(chunk.withUnsafeBytes { stream.feed($0) { text += $0 } })
                offset += size
            }
            #expect(stream.isComplete)
            #expect(text == Self.text)
        }
    }

    @Test func aDamagedOrCutGzipDumpIsNoText() {
        var bytes = GzipMember.compress(Self.text)
        #expect(GzipStream.text(of: Array(bytes.dropLast(3))) == nil)
        bytes[bytes.count - 6] ^= 0xFF
        #expect(GzipStream.text(of: bytes) == nil)
    }

    @Test func aLiveFileSourceReadsAGzipDumpAsText() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("scrape.prom.gz")
        try Data(GzipMember.compress(Self.text)).write(to: URL(fileURLWithPath: path))
        let source = FileSource(name: "scrape", path: path)
        guard case .frame(let frame) = try await source.fetch() else {
            Issue.record("no frame")
            return
        }
        #expect(frame.bytes == Self.text)
    }
}
