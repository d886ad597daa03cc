import Foundation
import MeshtopSources
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Standard input is read with the bounds a file has: a size limit, a clear error, and no silent wait.
@Suite struct StandardInputReaderTests {
    /// A pipe's read and write ends, moved far above the descriptors the other tests of the process open and
    /// close, so that no stray close of theirs can hit these while a read waits.
    static func pipeEnds() -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        #expect(Glibc.pipe(&ends) == 0)
        let high = (read: fcntl(ends[0], F_DUPFD_CLOEXEC, 700), write: fcntl(ends[1], F_DUPFD_CLOEXEC, 700))
        close(ends[0])
        close(ends[1])
        return high
    }

    /// A pipe whose writer sends `bytes` on a thread and then closes it; the read end is returned.
    static func pipe(sending bytes: Int) -> Int32 {
        let (reader, writer) = pipeEnds()
        Thread {
            let chunk = [UInt8](repeating: UInt8(ascii: "#"), count: 1 << 16)
            var left = bytes
            while left > 0 {
                let written = chunk.withUnsafeBytes { write(writer, $0.baseAddress, min(left, $0.count)) }
                if written <= 0 { break }
                left -= written
            }
            close(writer)
        }.start()
        return reader
    }

    /// Reads what is left in the pipe and closes it, so that its writer never writes into a closed pipe.
    static func drainAndClose(_ descriptor: Int32) {
        var rest = [UInt8](repeating: 0, count: 1 << 16)
        while rest.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        close(descriptor)
    }

    @Test func aPipeLargerThanTheLimitEndsInAClearError() throws {
        let descriptor = Self.pipe(sending: 300_000)
        defer { Self.drainAndClose(descriptor) }
        let reader = StandardInputReader(descriptor: descriptor, limit: 200_000)
        #expect(throws: SourceError.tooLarge(path: "standard input", limit: 200_000)) { _ = try reader.readAll() }
        #expect(
            SourceError.tooLarge(path: "standard input", limit: 1 << 30).description
                == "standard input: more than 1024 MiB, the most meshtop reads of one dump"
        )
    }

    @Test func aPipeOfExactlyTheLimitIsReadWhole() throws {
        let descriptor = Self.pipe(sending: 200_000)
        defer { close(descriptor) }
        #expect(try StandardInputReader(descriptor: descriptor, limit: 200_000).readAll().count == 200_000)
    }

    @Test func standardInputAsASourceStopsAtTheLimitToo() async throws {
        let descriptor = Self.pipe(sending: 3 << 19)
        defer { Self.drainAndClose(descriptor) }
        let source = StandardInputSource(limit: 1 << 20, descriptor: descriptor)
        await #expect(throws: FetchError.other("standard input: more than 1 MiB, the most meshtop reads of one dump")) {
            _ = try await source.fetch()
        }
    }

    @Test func aSilentPipeIsNoticedAndEndsAfterTheIdleTimeout() throws {
        let ends = Self.pipeEnds()
        defer {
            close(ends.read)
            close(ends.write)
        }
        let notices = Atomic<Int>(0)
        let reader = StandardInputReader(
            descriptor: ends.read,
            idleTimeout: .milliseconds(400),
            noticeDelay: .milliseconds(50),
            notice: { notices.add(1, ordering: .relaxed) }
        )
        #expect(throws: SourceError.quiet(path: "standard input", seconds: 1)) { _ = try reader.readAll() }
        #expect(notices.load(ordering: .relaxed) == 1)
    }

    @Test func aSilentSourceFetchCanBeTriedAgainUntilBytesCome() async throws {
        let ends = Self.pipeEnds()
        defer { close(ends.read) }
        let source = StandardInputSource(idleTimeout: .milliseconds(100), descriptor: ends.read)
        await #expect(throws: FetchError.other("standard input: nothing came for 1 s (is anything writing to it?)")) {
            _ = try await source.fetch()
        }
        #expect("up 1\n".withCString { write(ends.write, $0, 5) } == 5)
        close(ends.write)
        guard case .frame(let frame) = try await source.fetch() else {
            Issue.record("no frame once bytes came")
            return
        }
        #expect(frame.bytes == Array("up 1\n".utf8))
        #expect(try await source.fetch() == .finished)
    }
}
