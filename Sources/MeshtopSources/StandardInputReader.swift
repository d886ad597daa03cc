#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads standard input with the bounds a file read has: at most ``FileSource/maximumBytes`` in all, and
/// optionally at most `idleTimeout` of silence; after ``noticeDelay`` of silence it tells `notice`, once,
/// so that a command waiting on a pipe nobody writes to (or a terminal) says so instead of hanging mute.
///
/// The descriptor is polled rather than made non-blocking: standard input is often shared with the shell
/// (a terminal), and its flags must stay as they were.
package final class StandardInputReader {
    /// The name reads are reported under.
    package static let name = "standard input"
    /// How long silence lasts before `notice` is told.
    package static let noticeDelay: Duration = .seconds(2)

    private let descriptor: Int32
    private let limit: Int
    private let idleTimeout: Duration?
    private let noticeDelay: Duration
    private let notice: (() -> Void)?
    private var noticed = false
    private var total = 0

    /// Reads `descriptor` (standard input unless a test gives another, which stays open).
    ///
    /// - Parameters:
    ///   - limit: the most bytes read in all.
    ///   - idleTimeout: how long a read waits for the next bytes; nil to wait as long as it takes.
    ///   - notice: told once when nothing came for `noticeDelay`.
    package init(
        descriptor: Int32 = STDIN_FILENO,
        limit: Int = FileSource.maximumBytes,
        idleTimeout: Duration? = nil,
        noticeDelay: Duration = StandardInputReader.noticeDelay,
        notice: (() -> Void)? = nil
    ) {
        self.descriptor = descriptor
        self.limit = limit
        self.idleTimeout = idleTimeout
        self.noticeDelay = noticeDelay
        self.notice = notice
    }

    /// Whether any byte was read.
    package var hasRead: Bool { total > 0 }

    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end.
    ///
    /// - Throws: ``SourceError/tooLarge(path:limit:)`` past the limit, ``SourceError/quiet(path:seconds:)``
    ///   when nothing came for the idle timeout, or ``SourceError/system(path:operation:errno:)``.
    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(SourceError) -> Int {
        try waitForBytes()
        while true {
            // One byte more than the limit allows tells a stream at the limit from one past it.
            let wanted = min(buffer.count, limit - total + 1)
            let count = Glibc.read(descriptor, buffer.baseAddress, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path: Self.name, operation: "read", errno: errno)
            }
            total += count
            guard total <= limit else { throw .tooLarge(path: Self.name, limit: limit) }
            return count
        }
    }

    /// Reads to the end.
    ///
    /// - Throws: as ``read(into:)``.
    package func readAll() throws(SourceError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = try read(into: chunk)
            if count == 0 { return bytes }
            bytes += UnsafeRawBufferPointer(rebasing: chunk[..<count])
        }
    }

    /// `duration` in whole seconds, rounded up: a wait of 500 ms is not "0 s".
    private static func wholeSeconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return attoseconds > 0 ? seconds + 1 : seconds
    }

    /// Returns once a read will not block (bytes, the end, or an error are there).
    private func waitForBytes() throws(SourceError) {
        let clock = ContinuousClock()
        let start = clock.now
        while true {
            let waited = clock.now - start
            var wait: Duration?
            if !noticed, notice != nil { wait = noticeDelay - waited }
            if let idleTimeout {
                let left = idleTimeout - waited
                guard left > .zero else { throw .quiet(path: Self.name, seconds: Self.wholeSeconds(idleTimeout)) }
                wait = min(wait ?? left, left)
            }
            let milliseconds = wait.map { Int32(clamping: CurlTransfer.milliseconds(max($0, .zero))) } ?? -1
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, milliseconds)
            if ready > 0 { return }
            if ready < 0, errno != EINTR { throw .system(path: Self.name, operation: "poll", errno: errno) }
            if ready == 0, !noticed, let notice, clock.now - start >= noticeDelay {
                noticed = true
                notice()
            }
        }
    }
}
