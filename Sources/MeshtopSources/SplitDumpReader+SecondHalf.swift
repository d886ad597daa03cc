import MeshtopModel
import MeshtopTelemetry

#if canImport(Glibc)
    import Glibc
#endif

extension SplitDumpReader {
    /// What the second thread made of the second half: the kept lines, the counts of the others, and where it
    /// stopped.
    struct SecondHalf: Sendable {
        /// Kept lines, each with its newline, in file order.
        var kept: [UInt8] = []
        /// The counts of the declined lines.
        var filter = DeclinedLineFilter()
        /// The offset the filter stopped at: the end of the file, or the start of the first line not looked at.
        var end: Int

        /// Filters the file between `start` (a line start) and `end`, keeping at most about `keptLimit` bytes.
        init(path: String, from start: Int, to end: Int, keptLimit: Int) throws(SourceError) {
            self.end = end
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .system(path: path, operation: "open", errno: errno) }
            defer { close(descriptor) }
            let buffer = ReadBuffer.allocate()
            defer { buffer.deallocate() }
            var carried = 0
            var position = start
            let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            while position + carried < end {
                let count = pread(
                    descriptor,
                    base + carried,
                    min(buffer.count - carried, end - position - carried),
                    off_t(position + carried)
                )
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw .system(path: path, operation: "read", errno: errno) }
                guard count > 0 else {
                    // The file shrank: the parser reads whatever is left from here, as a sequential read would.
                    self.end = position
                    return
                }
                let filled = carried + count
                let atEnd = position + filled >= end
                let origin = UnsafePointer(base)
                var lineStart = origin
                let stop = origin + filled
                while lineStart < stop {
                    let newline = ByteScan.first(UInt8(ascii: "\n"), from: lineStart, to: stop)
                    guard newline < stop || atEnd else { break }
                    let line = UnsafeBufferPointer(start: lineStart, count: newline - lineStart)
                    if kept.count > keptLimit || DeclinedLineFilter.mayChangeDialect(line) {
                        self.end = position + (lineStart - origin)
                        return
                    }
                    if filter.keeps(line, wants: FrameAccumulator.tracks) {
                        kept.append(contentsOf: line)
                        kept.append(UInt8(ascii: "\n"))
                    }
                    lineStart = min(newline + 1, stop)
                }
                carried = stop - lineStart
                guard carried < buffer.count else {
                    // A line longer than the buffer: the parser reads the rest and reports it.
                    self.end = position + (lineStart - origin)
                    return
                }
                position += lineStart - origin
                if carried > 0 { memmove(base, lineStart, carried) }
            }
        }
    }
}
