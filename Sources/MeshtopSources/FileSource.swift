#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A dump file, re-read whenever its modification time, size or inode changes.
package actor FileSource: TelemetrySource {
    /// The display name.
    package nonisolated let name: String
    private let path: String
    private let workload: WorkloadAttribution?
    private var lastSeen: FileStamp?

    /// The largest dump a file source reads.
    package static let maximumBytes = 1 << 30

    /// Creates a source for the file at `path`.
    package init(name: String, path: String, workload: WorkloadAttribution? = nil) {
        self.name = name
        self.path = path
        self.workload = workload
    }

    /// Returns the file's content when it changed since the last fetch, else ``FetchOutcome/unchanged``.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        let began = WallClock.nowMilliseconds()
        let stamp: FileStamp
        do {
            stamp = try FileStamp(path: path)
        } catch {
            // A file followed before it is first written is awaited; once read, its loss is a failure.
            if lastSeen == nil, !FileStamp.exists(path) { throw FetchError.waiting(path: path) }
            throw error
        }
        guard stamp != lastSeen else { return .unchanged }
        let bytes: [UInt8]
        do {
            // A FIFO or device is read with bounds: a FIFO nobody writes to, or /dev/zero, must not hang the poller.
            let read = try BoundedFileReader(path: path).readAll(limit: Self.maximumBytes)
            bytes = try DumpFile.text(read, path: path)
        } catch let error as FetchError {
            throw error
        } catch {
            throw FetchError.file(FileStamp.plainWords(for: error))
        }
        lastSeen = stamp
        let now = WallClock.nowMilliseconds()
        return .frame(
            ScrapeFrame(
                bytes: bytes,
                source: name,
                timestampMilliseconds: now,
                workload: workload,
                latencyMilliseconds: now - began
            )
        )
    }
}

/// What identifies a version of a file without reading it.
struct FileStamp: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedNanoseconds: Int64

    init(path: String) throws(FetchError) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw FetchError.file(Self.plainWords(errno: errno)) }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modifiedNanoseconds = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    }

    /// Whether anything is at `path` (a dangling link counts as nothing).
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 || errno != ENOENT
    }

    static func plainWords(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        default: return String(cString: strerror(code))
        }
    }

    static func plainWords(for error: any Error) -> String {
        if case SourceError.system(_, _, let code) = error { return plainWords(errno: code) }
        return "cannot read the file"
    }
}
