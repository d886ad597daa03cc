import MeshtopModel
import MeshtopSources

/// The frames of a session's ticks, oldest first, parsed once into one model's series catalog.
///
/// A tick is one polling step: the frames of a recording's tick, or one live scrape. Ticks are numbered
/// from the session's start and keep their numbers when old ones are forgotten. A recording's frames are
/// parsed when a window first needs them and a bounded number of ticks stay parsed; a live session's stay
/// until they are older than the history it keeps or exceed its byte budget.
package final class TickFrames {
    /// The model whose catalog every frame is made in; it never receives frames itself.
    package let catalog: MeshModel
    /// The newest frame time of each retained tick, by position from ``firstTick``.
    package private(set) var times: [Int64] = []
    /// The number of the oldest retained tick.
    package private(set) var firstTick = 0
    private var parsed: [Int: [Frame]] = [:]
    private var parsedOrder: [Int] = []
    private var bytes: [Int: Int] = [:]
    private var totalBytes = 0
    /// The recordings, and for each tick the recording and its own tick number there.
    private let readers: [RecordingReader]
    private let recordedTicks: [(reader: Int, tick: Int)]
    private let parsedTickLimit: Int
    /// Problems met while reading recorded frames, newest last.
    package private(set) var problems: [String] = []

    /// The ticks of a recording, parsed on demand; at most `parsedTickLimit` stay parsed at once.
    package convenience init(
        recording reader: RecordingReader,
        thresholds: Thresholds = Thresholds(),
        parsedTickLimit: Int = 256
    ) {
        self.init(recordings: [reader], thresholds: thresholds, parsedTickLimit: parsedTickLimit)
    }

    /// The ticks of several recordings merged by time, each recording's tick a tick of its own; every
    /// recorded source is a source of its own, named after its recording's path when there are several
    /// (as `meshtop report` names them).
    package init(recordings: [RecordingReader], thresholds: Thresholds = Thresholds(), parsedTickLimit: Int = 256) {
        self.catalog = MeshModel(thresholds: thresholds)
        self.readers = recordings
        self.parsedTickLimit = max(parsedTickLimit, 8)
        var ticks: [(time: Int64, reader: Int, tick: Int)] = []
        for (index, reader) in recordings.enumerated() {
            for (tick, range) in reader.ticks.enumerated() {
                ticks.append((reader.frames[range.upperBound - 1].timestampMilliseconds, index, tick))
            }
        }
        ticks.sort { ($0.time, $0.reader, $0.tick) < ($1.time, $1.reader, $1.tick) }
        times = ticks.map(\.time)
        recordedTicks = ticks.map { ($0.reader, $0.tick) }
        // Frames found damaged on opening are skipped; say which, as a frame damaged later is said when read.
        problems = recordings.flatMap { reader in reader.damagedFrames.map { "\(reader.path): \($0.description)" } }
    }

    /// An empty live session that ``append(_:)`` fills.
    package init(thresholds: Thresholds = Thresholds()) {
        self.catalog = MeshModel(thresholds: thresholds)
        self.readers = []
        self.recordedTicks = []
        self.parsedTickLimit = .max
    }

    /// One past the newest tick's number.
    package var endTick: Int { firstTick + times.count }

    /// The numbers of the retained ticks.
    package var ticks: Range<Int> { firstTick..<endTick }

    /// The time of tick `tick`, if retained.
    package func time(ofTick tick: Int) -> Int64? { ticks.contains(tick) ? times[tick - firstTick] : nil }

    /// The newest retained tick at or before `time`, if any.
    package func tick(atOrBefore time: Int64) -> Int? {
        var low = 0
        var high = times.count
        while low < high {
            let middle = (low + high) / 2
            if times[middle] <= time { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : firstTick + low - 1
    }

    /// The parsed frames of tick `tick` (empty when it is not retained or could not be read).
    package func frames(ofTick tick: Int) -> [Frame] {
        if let frames = parsed[tick] { return frames }
        guard !readers.isEmpty, ticks.contains(tick) else { return [] }
        let (index, recorded) = recordedTicks[tick]
        let reader = readers[index]
        var frames: [Frame] = []
        // A damaged frame costs that frame only, not the rest of its tick.
        for index in reader.ticks[recorded] {
            do {
                var scrape = try reader.frame(at: index)
                if readers.count > 1 { scrape.source = "\(reader.path):\(scrape.source)" }
                frames.append(catalog.frame(of: scrape))
            } catch {
                problems.append("\(error)")
            }
        }
        parsed[tick] = frames
        parsedOrder.append(tick)
        if parsedOrder.count > parsedTickLimit { parsed[parsedOrder.removeFirst()] = nil }
        return frames
    }

    /// How many frames have joined a tick that already held one (only ever the newest): windows that end at
    /// the newest tick, and anything computed from them, must be built again when this changes.
    package private(set) var joinedFrames = 0

    /// Appends a live scrape, parsed: a tick of its own, or part of the newest tick when taken at its time.
    /// A scrape older than the newest tick is dropped, as the window rule needs ticks in time order.
    /// - Returns: the tick it went into, or nil when it was dropped.
    @discardableResult
    package func append(_ scrape: ScrapeFrame) -> Int? {
        append(catalog.frame(of: scrape))
    }

    /// Appends a parsed frame made in ``catalog``; see ``append(_:)-(ScrapeFrame)``.
    @discardableResult
    package func append(_ frame: Frame) -> Int? {
        let size = frame.values.count * MemoryLayout<SeriesValue>.stride + 256
        if let newest = times.last {
            if frame.time < newest { return nil }
            if frame.time == newest {
                let tick = endTick - 1
                joinedFrames += 1
                parsed[tick, default: []].append(frame)
                bytes[tick, default: 0] += size
                totalBytes += size
                return tick
            }
        }
        let tick = endTick
        times.append(frame.time)
        parsed[tick] = [frame]
        bytes[tick] = size
        totalBytes += size
        return tick
    }

    /// Forgets live ticks older than `age` milliseconds before the newest, and the oldest ticks while the
    /// frames kept exceed `byteBudget` (the newest tick always stays).
    /// - Returns: how many ticks were forgotten.
    @discardableResult
    package func forget(olderThan age: Int64, byteBudget: Int) -> Int {
        guard readers.isEmpty, let newest = times.last else { return 0 }
        let (limit, overflow) = newest.subtractingReportingOverflow(age)
        var dropped = 0
        while times.count > 1, (!overflow && times[0] < limit) || totalBytes > byteBudget {
            let tick = firstTick
            totalBytes -= bytes.removeValue(forKey: tick) ?? 0
            parsed[tick] = nil
            times.removeFirst()
            firstTick += 1
            dropped += 1
        }
        return dropped
    }

    /// How many ticks are parsed and kept.
    package var parsedTickCount: Int { parsed.count }

    /// Roughly how many bytes of parsed frames are kept.
    package var keptBytes: Int {
        guard !readers.isEmpty else { return totalBytes }
        return parsed.values.joined().reduce(0) { $0 + $1.values.count * MemoryLayout<SeriesValue>.stride + 256 }
    }

    /// The frames inside `window`, from the retained ticks that can hold any.
    package func frames(in window: TimeWindow) -> [Frame] {
        guard let last = tick(atOrBefore: window.end) else { return [] }
        var result: [Frame] = []
        var tick = last
        while tick >= firstTick, times[tick - firstTick] > window.start {
            result += frames(ofTick: tick).filter { window.contains($0.time) }
            tick -= 1
        }
        return result
    }

    /// For sources with no frame inside `window`, the time of their newest frame in the `lookBack` ticks
    /// before it: the sources to list as stale. Sources with a frame in the window may be listed too.
    ///
    /// A recording's index names every frame's source (by the id its ticks are grouped with), so a tick
    /// whose sources all have a frame in the window, or in a newer tick already looked at, would add
    /// nothing and is not parsed: a jump into a recording parses the window's ticks, not the ones before.
    package func lastSeen(before window: TimeWindow, lookBack: Int = 16) -> [Int32: Int64] {
        guard var tick = tick(atOrBefore: window.start) else { return [:] }
        // With several recordings, source names carry their recording's path and no longer match the index.
        let reader = readers.count == 1 ? readers.first : nil
        var accounted = reader.map { _ in Set(frames(in: window).map(sourceID(of:))) }
        var seen: [Int32: Int64] = [:]
        var looked = 0
        while tick >= firstTick, looked < lookBack {
            defer {
                tick -= 1
                looked += 1
            }
            if let reader, let ids = accounted,
                reader.ticks[recordedTicks[tick].tick].allSatisfy({ ids.contains(reader.frames[$0].sourceID) })
            {
                continue
            }
            for frame in frames(ofTick: tick) {
                accounted?.insert(sourceID(of: frame))
                if seen[frame.sourceIndex] == nil { seen[frame.sourceIndex] = frame.time }
            }
        }
        return seen
    }

    /// The recording index's id of a parsed frame's source.
    private func sourceID(of frame: Frame) -> UInt32 {
        RecordingIndex.sourceID(catalog.sourceName(frame.sourceIndex) ?? "")
    }
}
