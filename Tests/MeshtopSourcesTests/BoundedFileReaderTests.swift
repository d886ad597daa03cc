import Foundation
import MeshtopSources
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A FIFO nobody writes to, or a device that never ends, cannot hang a read.
@Suite struct BoundedFileReaderTests {
    @Test func aFIFOWithoutAWriterEndsInAQuietErrorInsteadOfBlocking() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("fifo")
        #expect(mkfifo(path, 0o600) == 0)
        let clock = ContinuousClock()
        let started = clock.now
        #expect(throws: SourceError.quiet(path: path, seconds: 0)) {
            _ = try BoundedFileReader(path: path, idleTimeout: .milliseconds(300)).readAll(limit: 1 << 20)
        }
        #expect(started.duration(to: clock.now) < .seconds(5))
    }

    @Test func aFIFOIsReadOnceItsWriterComes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("fifo")
        #expect(mkfifo(path, 0o600) == 0)
        let reader = try BoundedFileReader(path: path, idleTimeout: .seconds(20))
        let writer = Thread {
            Thread.sleep(forTimeInterval: 0.2)
            let descriptor = open(path, O_WRONLY)
            _ = "up 1\n".withCString { write(descriptor, $0, 5) }
            close(descriptor)
        }
        writer.start()
        #expect(try reader.readAll(limit: 1 << 20) == Array("up 1\n".utf8))
    }

    @Test func aDeviceThatNeverEndsStopsAtTheLimit() throws {
        #expect(throws: SourceError.system(path: "/dev/zero", operation: "read", errno: EFBIG)) {
            _ = try BoundedFileReader(path: "/dev/zero").readAll(limit: 1 << 20)
        }
    }

    @Test func aFIFOIsNeverTakenForARecording() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("fifo")
        #expect(mkfifo(path, 0o600) == 0)
        #expect(RecordingReader.isRecording(path: path) == false)
    }
}
