import Foundation
import MeshtopTelemetry

/// Reads frames back from a recording, a directory of plain dumps, or a single dump, in time order.
///
/// A recording is mapped, its index loaded (and extended in memory by scanning when it is missing or
/// behind), so reading any frame costs one binary search plus one gzip member's decode.
/// It is `@unchecked Sendable` because all state is immutable after `init` and the mapping is read-only.
package final class RecordingReader: @unchecked Sendable {
    /// What kind of input the reader opened.
    package enum Kind: Sendable, Equatable {
        /// A `.mtrec.gz` recording of gzip members.
        case recording
        /// A directory of plain dumps, timed by their names or modification times.
        case dumpDirectory
        /// A single plain dump.
        case singleDump
    }

    /// What is known about a frame without decoding it.
    package struct FrameInfo: Sendable, Equatable {
        /// The frame's time, unix ms.
        package var timestampMilliseconds: Int64
        /// ``RecordingIndex/sourceID(_:)`` of its source.
        package var sourceID: UInt32
    }

    /// The input's path.
    package let path: String
    /// What was opened.
    package let kind: Kind
    /// Every frame, sorted by time (ties keep recording order).
    package let frames: [FrameInfo]
    /// Frames grouped into ticks: consecutive ranges of ``frames``, one time step of all sources each.
    package let ticks: [Range<Int>]
    /// Whether a partial frame at the end of a recording was ignored.
    package let droppedTail: Bool
    /// How many frames were found by scanning because the index was missing, damaged or behind.
    package let framesMissingFromIndex: Int
    /// How many recorded frames were left out because their time (`ts=`) lies outside
    /// ``UnixMilliseconds/range``: such a time cannot be placed, compared or replayed.
    package let framesWithInvalidTime: Int
    /// Frames found damaged on opening (skipped; every frame around them is kept), in recording order.
    /// A frame damaged after its index record was written is found when it is read: ``frame(at:)`` throws.
    package let damagedFrames: [DamagedFrame]

    private let storage: Storage
    private let order: [Int]

    private enum Storage {
        /// The mapping, the dated entries, and the damaged stretches (to number a frame among all).
        case recording(MappedFile, [RecordingIndex.Entry], damaged: [Range<UInt64>], total: Int)
        case dumps([DumpFile])
    }

    /// Opens a recording (`gzip` content), a directory of dumps, or a single dump.
    ///
    /// - Throws: ``SourceError`` when the path cannot be read.
    package init(path: String) throws {
        let opened = try Opened(path: path)
        self.path = path
        kind = opened.kind
        storage = opened.storage
        droppedTail = opened.droppedTail
        framesMissingFromIndex = opened.scanned
        framesWithInvalidTime = opened.invalidTimes
        damagedFrames = opened.damaged
        let infos = opened.infos
        order = infos.indices.sorted { (infos[$0].timestampMilliseconds, $0) < (infos[$1].timestampMilliseconds, $1) }
        frames = order.map { infos[$0] }
        ticks = TickGrouping.ticks(for: frames)
    }

    /// What opening a path found, before sorting.
    private struct Opened {
        var kind: Kind
        var storage: Storage
        var infos: [FrameInfo]
        var droppedTail = false
        var scanned = 0
        var invalidTimes = 0
        var damaged: [DamagedFrame] = []

        init(path: String) throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SourceError.system(path: path, operation: "open", errno: ENOENT)
            }
            if isDirectory.boolValue {
                let dumps = try DumpFile.list(directory: path)
                (kind, storage, infos) = (.dumpDirectory, .dumps(dumps), dumps.map(\.info))
                return
            }
            let mapped = try MappedFile(path: path)
            guard RecordingReader.startsWithFrameMember(mapped.bytes) else {
                let dump = try DumpFile(path: path, fallbackSource: DumpFile.baseName(path))
                (kind, storage, infos) = (.singleDump, .dumps([dump]), [dump.info])
                return
            }
            let loaded = try RecordingReader.loadEntries(mapped)
            let dated = loaded.entries.filter { UnixMilliseconds.range.contains($0.timestampMilliseconds) }
            let total = loaded.entries.count + loaded.damaged.count
            (kind, infos) = (.recording, dated.map(\.info))
            storage = .recording(mapped, dated, damaged: loaded.damaged, total: total)
            (droppedTail, scanned) = (loaded.droppedTail, loaded.scanned)
            invalidTimes = loaded.entries.count - dated.count
            damaged = loaded.damaged.map { range in
                RecordingReader.damagedFrame(at: range, entries: loaded.entries, damaged: loaded.damaged, total: total)
            }
        }
    }

    /// The number of frames.
    package var frameCount: Int { frames.count }

    /// Whether `path` is read as a recording, judged by content rather than by name: a directory of dumps,
    /// or a regular file whose first gzip member opens with a `# meshtop-frame` header (a gzip-compressed dump,
    /// as `curl --compressed` saves, is a dump).
    package static func isRecording(path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        if status.st_mode & S_IFMT == S_IFDIR { return true }
        // A FIFO or device is never a recording; opening one could wait for a writer forever.
        guard status.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = [UInt8]((try? handle.read(upToCount: 64 * 1024)) ?? Data())
        return start.withUnsafeBytes { startsWithFrameMember($0) }
    }

    /// Whether `bytes` start with a gzip member whose text opens with a frame header (the member may be
    /// cut short: only its first line is needed).
    static func startsWithFrameMember(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.starts(with: [0x1F, 0x8B]) else { return false }
        let (_, text) = GzipMember.inflate(
            UnsafeRawBufferPointer(rebasing: bytes.prefix(64 * 1024)),
            keepingAtMost: 4096
        )
        return text.starts(with: Array(FrameHeader.marker.utf8))
    }

    /// The first and last frame times, or nil for an empty recording.
    package var timeRange: ClosedRange<Int64>? {
        guard let first = frames.first, let last = frames.last else { return nil }
        return first.timestampMilliseconds...last.timestampMilliseconds
    }

    /// Decodes the frame at `index` (in time order).
    ///
    /// - Throws: ``SourceError`` when the index is out of range or the frame cannot be read.
    package func frame(at index: Int) throws -> ScrapeFrame {
        guard frames.indices.contains(index) else {
            throw SourceError.frameOutOfRange(index: index, count: frames.count)
        }
        switch storage {
        case .recording(let mapped, let entries, let damaged, let total):
            let entry = entries[order[index]]
            guard let frame = Self.decode(entry, in: mapped) else {
                let range = entry.offset..<entry.end
                let lost = Self.damagedFrame(at: range, entries: entries, damaged: damaged, total: total)
                throw SourceError.invalidRecording(path: path, reason: lost.description)
            }
            return frame
        case .dumps(let dumps):
            return try dumps[order[index]].read()
        }
    }

    /// Decodes every frame of tick `tick`.
    package func frames(inTick tick: Int) throws -> [ScrapeFrame] {
        try ticks[tick].map { try frame(at: $0) }
    }

    /// The frame whose time is nearest to `milliseconds` (the earlier one on a tie), or nil when empty.
    ///
    /// - Complexity: O(log n).
    package func frameIndex(nearest milliseconds: Int64) -> Int? {
        Self.nearest(milliseconds, count: frames.count) { frames[$0].timestampMilliseconds }
    }

    /// The tick whose start time is nearest to `milliseconds`, or nil when empty.
    ///
    /// - Complexity: O(log n).
    package func tickIndex(nearest milliseconds: Int64) -> Int? {
        Self.nearest(milliseconds, count: ticks.count) { frames[ticks[$0].lowerBound].timestampMilliseconds }
    }

    /// Each tick's time (its first frame's time), for a ``ReplayCursor``.
    package var tickTimes: [Int64] { ticks.map { frames[$0.lowerBound].timestampMilliseconds } }

    static func nearest(_ target: Int64, count: Int, time: (Int) -> Int64) -> Int? {
        guard count > 0 else { return nil }
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if time(middle) < target { low = middle + 1 } else { high = middle }
        }
        if low == count { return count - 1 }
        // Frame times lie in `UnixMilliseconds.range`; the target is moved there too, so neither distance overflows.
        let bounded = UnixMilliseconds.clamped(target)
        if low > 0, bounded - time(low - 1) <= time(low) - bounded { return low - 1 }
        return low
    }

    fileprivate static func loadEntries(
        _ mapped: MappedFile
    ) throws -> (entries: [RecordingIndex.Entry], droppedTail: Bool, scanned: Int, damaged: [Range<UInt64>]) {
        let indexBytes = try FileDescriptor.readAll(path: RecordingIndex.path(for: mapped.path)) ?? []
        let indexed = indexBytes.withUnsafeBytes {
            RecordingIndex.decode($0, dataSize: UInt64(mapped.bytes.count))
        }
        // A gap between index records is a damaged frame that an earlier append kept.
        var damaged: [Range<UInt64>] = []
        var expected: UInt64 = 0
        for entry in indexed {
            if entry.offset > expected { damaged.append(expected..<entry.offset) }
            expected = entry.end
        }
        let scanned = RecordingIndex.scan(mapped.bytes, from: indexed.last?.end ?? 0)
        return (indexed + scanned.entries, scanned.droppedTail, scanned.entries.count, damaged + scanned.damaged)
    }

    /// The description of the damaged frame at `range`, numbered among the recording's frames.
    private static func damagedFrame(
        at range: Range<UInt64>,
        entries: [RecordingIndex.Entry],
        damaged: [Range<UInt64>],
        total: Int
    ) -> DamagedFrame {
        let before =
            entries.lazy.filter { $0.offset < range.lowerBound }.count
            + damaged.lazy.filter { $0.lowerBound < range.lowerBound }.count
        return DamagedFrame(number: before + 1, total: total, bytes: range)
    }

    /// The frame of `entry`, or nil when its member is damaged.
    private static func decode(_ entry: RecordingIndex.Entry, in mapped: MappedFile) -> ScrapeFrame? {
        let member = UnsafeRawBufferPointer(rebasing: mapped.bytes[Int(entry.offset)..<Int(entry.end)])
        let (outcome, text) = GzipMember.inflate(member)
        guard case .complete = outcome else { return nil }
        guard let (header, start) = FrameHeader.parse(text) else {
            let frame = ScrapeFrame(bytes: text, source: "", timestampMilliseconds: entry.timestampMilliseconds)
            return frame
        }
        // `bytes=` as written, when it fits the text after the header (a damaged header's count could be any Int).
        let end = header.byteCount.flatMap { (0...text.count - start).contains($0) ? start + $0 : nil } ?? text.count
        // The entry's time, which ordered the frame and was checked on opening; the writer stores the
        // header's time in both.
        return ScrapeFrame(
            bytes: Array(text[start..<end]),
            source: header.source,
            timestampMilliseconds: entry.timestampMilliseconds,
            format: header.format,
            workload: header.workload
        )
    }
}

extension RecordingIndex.Entry {
    fileprivate var info: RecordingReader.FrameInfo {
        RecordingReader.FrameInfo(timestampMilliseconds: timestampMilliseconds, sourceID: sourceID)
    }
}

extension DumpFile {
    fileprivate var info: RecordingReader.FrameInfo {
        RecordingReader.FrameInfo(timestampMilliseconds: timestampMilliseconds, sourceID: sourceID)
    }
}
