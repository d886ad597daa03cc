import Foundation
import MeshtopModel
import MeshtopTelemetry

#if canImport(Glibc)
    import Glibc
#endif

/// Reads one large text 0.0.4 dump file on two threads, for the same frame a single sequential read gives.
///
/// The first half is parsed as usual. Meanwhile a second thread runs the second half through a
/// ``DeclinedLineFilter``: plain lines of series the model ignores (most of a federate dump: histogram
/// buckets) are only counted, and the other lines are kept, in order, for the parser, which reads them after
/// the first half. Kept lines are bounded: past ``keptLimit`` bytes the second thread stops and the parser
/// reads the rest of the file itself, and so it does from the first line that may switch the dialect or end
/// a scrape, or from the middle when the first half already switched to OpenMetrics. Issues are counted as
/// in a sequential read, except that a declined line is not checked against the `# TYPE` lines around it,
/// nor taken as the continuation of a label value broken by a raw newline at the end of the first half.
package enum SplitDumpReader {
    /// Files smaller than this are read on one thread: a second one would not pay for itself.
    package static let minimumSize = 64 << 20
    /// The most bytes of kept lines the second thread holds for the parser.
    package static let keptLimit = 48 << 20

    /// Reads `path` into `accumulator` through `parser` when the file is a regular text 0.0.4 dump of at least
    /// `minimumSize` bytes and returns true; returns false, having read nothing, for anything else (the caller
    /// reads it as usual). `buffer` is the caller's read buffer (see ``ReadBuffer``).
    package static func read(
        _ path: String,
        parser: inout TelemetryParser,
        into accumulator: inout FrameAccumulator,
        buffer: UnsafeMutableRawBufferPointer,
        minimumSize: Int = minimumSize,
        keptLimit: Int = keptLimit
    ) async throws(SourceError) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            Int(status.st_size) >= max(minimumSize, 1),
            isPrometheusText(descriptor, buffer: buffer),
            let middle = lineStart(in: descriptor, after: Int(status.st_size) / 2, buffer: buffer)
        else { return false }
        let size = Int(status.st_size)
        let once = OnceContinuation<Result<SecondHalf, SourceError>>()
        let thread = Thread {
            do throws(SourceError) {
                let second = try SecondHalf(path: path, from: middle, to: size, keptLimit: keptLimit)
                once.resume(returning: .success(second))
            } catch {
                once.resume(returning: .failure(error))
            }
        }
        thread.name = "meshtop-split-read"
        thread.start()
        try readRange(descriptor, path: path, from: 0, to: middle, buffer: buffer) {
            parser.feed($0, into: &accumulator)
        }
        guard parser.format == .prometheusText else {
            // The first half switched the parser to OpenMetrics: the filter's reading of the second half does not
            // hold, so the parser reads it itself (the second thread's work is dropped).
            try readRange(descriptor, path: path, from: middle, to: size, buffer: buffer) {
                parser.feed($0, into: &accumulator)
            }
            return true
        }
        let second = try await withCheckedContinuation { once.install($0) }.get()
        second.kept.withUnsafeBytes { parser.feed($0, into: &accumulator) }
        try readRange(descriptor, path: path, from: second.end, to: size, buffer: buffer) {
            parser.feed($0, into: &accumulator)
        }
        accumulator.countUntracked(
            samples: second.filter.declinedSamples,
            newestTimestamp: second.filter.newestTimestamp
        )
        return true
    }

    /// Whether the file starts as text 0.0.4, by the same sniffing the parser does.
    private static func isPrometheusText(_ descriptor: Int32, buffer: UnsafeMutableRawBufferPointer) -> Bool {
        let count = pread(descriptor, buffer.baseAddress, min(buffer.count, 1 << 16), 0)
        guard count > 0 else { return false }
        let window = UnsafeBufferPointer(start: buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count)
        if case .text(.prometheusText) = FormatSniffer.sniff(window) { return true }
        return false
    }

    /// The offset just past the first newline at or after `offset`, or nil when there is none.
    private static func lineStart(
        in descriptor: Int32,
        after offset: Int,
        buffer: UnsafeMutableRawBufferPointer
    ) -> Int? {
        var position = offset
        while true {
            let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(position))
            guard count > 0 else { return nil }
            let bytes = UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
            let newline = ByteScan.first(UInt8(ascii: "\n"), from: bytes, to: bytes + count)
            if newline < bytes + count { return position + (newline - bytes) + 1 }
            position += count
        }
    }

    /// Calls `body` with successive chunks of the file between `start` and `end` (less if it shrank).
    static func readRange(
        _ descriptor: Int32,
        path: String,
        from start: Int,
        to end: Int,
        buffer: UnsafeMutableRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) throws(SourceError) {
        var position = start
        while position < end {
            let count = pread(descriptor, buffer.baseAddress, min(buffer.count, end - position), off_t(position))
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .system(path: path, operation: "read", errno: errno) }
            if count == 0 { return }
            body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            position += count
        }
    }
}
