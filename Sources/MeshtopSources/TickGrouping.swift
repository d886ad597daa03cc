/// Groups time-sorted frames into ticks: one polling step of every source.
///
/// A tick ends when a source appears for the second time, or when the next frame is later than half the
/// typical interval between two scrapes of one source. Frame times lie in ``UnixMilliseconds/range``
/// (``RecordingReader`` leaves out any other), so the differences below cannot overflow.
enum TickGrouping {
    static func ticks(for frames: [RecordingReader.FrameInfo]) -> [Range<Int>] {
        let gapLimit = typicalInterval(of: frames).map { max(1, $0 / 2) } ?? Int64.max
        var ticks: [Range<Int>] = []
        var start = 0
        var seen: Set<UInt32> = []
        for (index, frame) in frames.enumerated() {
            let tooLate = index > start && frame.timestampMilliseconds - frames[start].timestampMilliseconds >= gapLimit
            if seen.contains(frame.sourceID) || tooLate {
                ticks.append(start..<index)
                start = index
                seen.removeAll(keepingCapacity: true)
            }
            seen.insert(frame.sourceID)
        }
        if start < frames.count { ticks.append(start..<frames.count) }
        return ticks
    }

    /// The median time between consecutive frames of the same source, or nil if no source repeats.
    private static func typicalInterval(of frames: [RecordingReader.FrameInfo]) -> Int64? {
        var last: [UInt32: Int64] = [:]
        var gaps: [Int64] = []
        for frame in frames {
            if let previous = last[frame.sourceID] { gaps.append(frame.timestampMilliseconds - previous) }
            last[frame.sourceID] = frame.timestampMilliseconds
        }
        guard !gaps.isEmpty else { return nil }
        gaps.sort()
        return gaps[gaps.count / 2]
    }
}
