import MeshtopSources
import Testing

@Suite struct LiveHistoryTests {
    @Test func theOldestEntriesAreEvictedBeyondCapacity() {
        var history = LiveHistory<String>(capacity: 3)
        for number in 0..<5 { history.append("tick \(number)", timestampMilliseconds: Int64(number) * 1_000) }
        #expect(history.count == 3)
        #expect(history[0].entry == "tick 2")
        #expect(history.newest?.entry == "tick 4")
        #expect(history.times == [2_000, 3_000, 4_000])
        #expect(history.oldestSequence == 2)
        #expect(history.item(sequence: 1) == nil)
        #expect(history.item(sequence: 3)?.entry == "tick 3")
        #expect(history.item(sequence: 5) == nil)
    }

    @Test func theByteBudgetEvictsButAlwaysKeepsTheNewest() {
        var history = LiveHistory<Int>(capacity: 100, byteBudget: 1_000)
        #expect(history.append(1, timestampMilliseconds: 1, bytes: 400) == 0)
        #expect(history.append(2, timestampMilliseconds: 2, bytes: 400) == 0)
        #expect(history.append(3, timestampMilliseconds: 3, bytes: 400) == 1)
        #expect(history.bytes == 800)
        #expect(history.append(4, timestampMilliseconds: 4, bytes: 5_000) == 2)
        #expect(history.count == 1)
        #expect(history.newest?.entry == 4)
    }

    @Test func aPausedViewStepsBackThroughHistoryWithACursor() {
        var history = LiveHistory<Int>(capacity: 4)
        for number in 0..<4 { history.append(number, timestampMilliseconds: Int64(number) * 5_000) }
        var cursor = ReplayCursor(tickTimes: history.times, position: history.count - 1)
        cursor.stepBack()
        cursor.stepBack()
        #expect(history[cursor.position].entry == 1)
        // New ticks keep arriving while paused; the cursor stays on what the user is looking at.
        let evicted = history.append(4, timestampMilliseconds: 20_000)
        cursor.append(tickTime: 20_000)
        cursor.removeOldest(evicted)
        #expect(history[cursor.position].entry == 1)
        // Resuming jumps to now.
        cursor.jumpToEnd()
        #expect(history[cursor.position].entry == 4)
    }
}
