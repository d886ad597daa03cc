/// Where a replay (or a paused live view) is, and how it moves: pure logic over tick times, no clock.
///
/// The caller feeds elapsed wall time to ``advance(elapsedMilliseconds:)`` while playing; every other
/// move is a key press. Positions are tick indices into ``tickTimes``.
package struct ReplayCursor: Sendable, Equatable {
    /// Playback speeds, slowest first; ``faster()`` and ``slower()`` step through them.
    package static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16]
    /// Playback never waits longer than this between two ticks, however large the recorded gap.
    package static let longestPlaybackGap: Int64 = 60_000

    /// The time of every tick, ascending, unix ms.
    package private(set) var tickTimes: [Int64]
    /// The current tick.
    package private(set) var position: Int
    /// Whether playback is running.
    package private(set) var isPlaying = false
    private var speedIndex = 2
    private var carriedMilliseconds: Int64 = 0

    /// Creates a paused cursor at `position` (clamped to the ticks).
    package init(tickTimes: [Int64], position: Int = 0) {
        self.tickTimes = tickTimes
        self.position = tickTimes.isEmpty ? 0 : min(max(position, 0), tickTimes.count - 1)
    }

    /// The playback speed multiplier.
    package var speed: Double { Self.speeds[speedIndex] }
    /// The current tick's time, or nil when there are no ticks.
    package var time: Int64? { tickTimes.isEmpty ? nil : tickTimes[position] }
    /// Whether the cursor is on the last tick.
    package var isAtEnd: Bool { position + 1 >= tickTimes.count }
    /// Whether the cursor is on the first tick.
    package var isAtStart: Bool { position == 0 }

    /// Starts or stops playback; starting at the end rewinds first, as a media player does.
    package mutating func togglePlayback() {
        if isPlaying {
            pause()
        } else {
            if isAtEnd { position = 0 }
            isPlaying = !tickTimes.isEmpty
            carriedMilliseconds = 0
        }
    }

    /// Stops playback.
    package mutating func pause() {
        isPlaying = false
        carriedMilliseconds = 0
    }

    /// Doubles the speed, up to the fastest.
    package mutating func faster() { speedIndex = min(speedIndex + 1, Self.speeds.count - 1) }
    /// Halves the speed, down to the slowest.
    package mutating func slower() { speedIndex = max(speedIndex - 1, 0) }

    /// Moves one tick forward and pauses; returns false at the end.
    @discardableResult
    package mutating func stepForward() -> Bool { step(by: 1) }
    /// Moves one tick back and pauses; returns false at the start.
    @discardableResult
    package mutating func stepBack() -> Bool { step(by: -1) }

    /// Jumps to the first tick.
    package mutating func jumpToStart() { move(to: 0) }
    /// Jumps to the last tick.
    package mutating func jumpToEnd() { move(to: tickTimes.count - 1) }

    /// Jumps to the last tick at or before `milliseconds` (the first tick when it is earlier than all).
    ///
    /// - Complexity: O(log n).
    package mutating func seek(toTime milliseconds: Int64) {
        move(to: lastTick(atOrBefore: milliseconds) ?? 0)
    }

    /// Jumps to the time an expression names, relative to the current tick.
    package mutating func go(to expression: TimeExpression, utcOffsetSeconds: Int = 0) {
        guard let time else { return }
        seek(toTime: expression.resolve(current: time, utcOffsetSeconds: utcOffsetSeconds))
    }

    /// Jumps to the next tick on which an alert starts (an alert starting between two ticks shows on the
    /// later one); returns false when there is none after the current tick.
    @discardableResult
    package mutating func jumpToNextAlert(starts: [Int64]) -> Bool {
        guard let tick = alertTicks(starts).filter({ $0 > position }).min() else { return false }
        move(to: tick)
        return true
    }

    /// Jumps to the previous tick on which an alert starts; returns false when there is none before.
    @discardableResult
    package mutating func jumpToPreviousAlert(starts: [Int64]) -> Bool {
        guard let tick = alertTicks(starts).filter({ $0 < position }).max() else { return false }
        move(to: tick)
        return true
    }

    /// Advances playback by elapsed wall time scaled by the speed; returns how many ticks were passed.
    ///
    /// Playback pauses by itself on the last tick.
    @discardableResult
    package mutating func advance(elapsedMilliseconds: Int64) -> Int {
        guard isPlaying else { return 0 }
        // Playback never carries more than a day of recording at once, so no elapsed time can trap.
        let scaled = min(max((Double(elapsedMilliseconds) * speed).rounded(), 0), 86_400_000)
        carriedMilliseconds = min(carriedMilliseconds + Int64(scaled), 86_400_000)
        var moved = 0
        while !isAtEnd {
            let gap = min(tickTimes[position + 1] - tickTimes[position], Self.longestPlaybackGap)
            guard carriedMilliseconds >= gap else { break }
            carriedMilliseconds -= gap
            position += 1
            moved += 1
        }
        if isAtEnd { pause() }
        return moved
    }

    /// Adds ticks that arrived after the cursor was made (a growing recording or live history).
    package mutating func append(tickTime: Int64) {
        precondition(tickTimes.last.map { $0 <= tickTime } ?? true, "tick times must not go backwards")
        tickTimes.append(tickTime)
    }

    /// Forgets the oldest `count` ticks (evicted from a live history), keeping the cursor on its tick when
    /// that tick survives, else on the new first tick.
    package mutating func removeOldest(_ count: Int) {
        let removed = min(count, tickTimes.count)
        tickTimes.removeFirst(removed)
        position = max(0, position - removed)
    }

    /// The tick each alert start first shows on; starts after the last tick are ignored.
    private func alertTicks(_ starts: [Int64]) -> [Int] {
        starts.compactMap { firstTick(atOrAfter: $0) }
    }

    private mutating func step(by delta: Int) -> Bool {
        let target = position + delta
        guard tickTimes.indices.contains(target) else {
            pause()
            return false
        }
        move(to: target)
        return true
    }

    private mutating func move(to tick: Int) {
        pause()
        guard !tickTimes.isEmpty else { return }
        position = min(max(tick, 0), tickTimes.count - 1)
    }

    private func lastTick(atOrBefore milliseconds: Int64) -> Int? {
        let index = firstIndex { tickTimes[$0] > milliseconds }
        return index == 0 ? nil : index - 1
    }

    private func firstTick(atOrAfter milliseconds: Int64) -> Int? {
        let index = firstIndex { tickTimes[$0] >= milliseconds }
        return index == tickTimes.count ? nil : index
    }

    /// Binary search: the first tick index for which `isPast` holds (ticks are ascending).
    private func firstIndex(where isPast: (Int) -> Bool) -> Int {
        var low = 0
        var high = tickTimes.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
