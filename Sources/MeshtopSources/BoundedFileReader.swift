#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file that may be a FIFO or a device without blocking forever: it is opened without waiting for
/// a writer, and each read waits at most ``idleTimeout`` for bytes (or, on a FIFO, for a writer) to come.
///
/// A regular file reads as usual.
package final class BoundedFileReader {
    /// How long a read waits for the next bytes by default.
    package static let idleTimeout: Duration = .seconds(10)

    private let descriptor: Int32
    private let path: String
    private let idleTimeout: Duration
    /// A FIFO reads as ended (0 bytes) until its first writer opens it: it is waited for.
    private let isFIFO: Bool
    private var writerSeen = false

    /// Opens `path` for reading.
    ///
    /// - Throws: ``SourceError/system(path:operation:errno:)`` when it cannot be opened.
    package init(path: String, idleTimeout: Duration = BoundedFileReader.idleTimeout) throws(SourceError) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .system(path: path, operation: "open", errno: errno) }
        var status = stat()
        isFIFO = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
        self.path = path
        self.idleTimeout = idleTimeout
    }

    deinit { closeDescriptor(descriptor) }

    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end.
    ///
    /// - Throws: ``SourceError/quiet(path:seconds:)`` when nothing came for ``idleTimeout``, or
    ///   ``SourceError/system(path:operation:errno:)`` on a read error.
    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(SourceError) -> Int {
        let clock = ContinuousClock()
        let deadline = clock.now + idleTimeout
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count > 0 || (count == 0 && (!isFIFO || writerSeen)) {
                writerSeen = true
                return count
            }
            if count < 0, errno == EINTR { continue }
            if count < 0, errno != EAGAIN, errno != EWOULDBLOCK {
                throw .system(path: path, operation: "read", errno: errno)
            }
            // Nothing yet: wait for bytes, a writer, or a writer's leaving.
            let left = deadline - clock.now
            guard left > .zero else { throw .quiet(path: path, seconds: idleTimeout.components.seconds) }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Int32(clamping: CurlTransfer.milliseconds(left)))
            if ready > 0 { writerSeen = true }
        }
    }

    /// Reads to the end, at most `limit` bytes.
    ///
    /// - Throws: as ``read(into:)``, or ``SourceError/system(path:operation:errno:)`` with `EFBIG` past `limit`.
    package func readAll(limit: Int) throws(SourceError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = try read(into: chunk)
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw .system(path: path, operation: "read", errno: EFBIG) }
            bytes += UnsafeRawBufferPointer(rebasing: chunk[..<count])
        }
    }
}
