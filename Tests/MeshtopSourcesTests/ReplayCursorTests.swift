import MeshtopSources
import Testing

@Suite struct ReplayCursorTests {
    /// Ten ticks 15 s apart, with a one-hour gap before the last (a recorder that was stopped for a while).
    private static let times: [Int64] =
        (0..<9).map { 1_000_000 + Int64($0) * 15_000 } + [1_000_000 + 8 * 15_000 + 3_600_000]

    @Test func steppingMovesOneTickAndStopsAtTheEnds() {
        var cursor = ReplayCursor(tickTimes: Self.times)
        let result1 = cursor.stepBack()
        #expect(result1 == false)
        #expect(cursor.position == 0)
        let result2 = cursor.stepForward()
        #expect(result2)
        let result3 = cursor.stepForward()
        #expect(result3)
        #expect(cursor.position == 2)
        #expect(cursor.time == 1_030_000)
        cursor.jumpToEnd()
        #expect(cursor.isAtEnd)
        let result4 = cursor.stepForward()
        #expect(result4 == false)
        let result5 = cursor.stepBack()
        #expect(result5)
        #expect(cursor.position == 8)
        cursor.jumpToStart()
        #expect(cursor.isAtStart)
    }

    @Test func seekingLandsOnTheLastTickAtOrBeforeTheTime() {
        var cursor = ReplayCursor(tickTimes: Self.times)
        cursor.seek(toTime: 1_044_999)
        #expect(cursor.position == 2)
        cursor.seek(toTime: 1_045_000)
        #expect(cursor.position == 3)
        cursor.seek(toTime: 0)
        #expect(cursor.position == 0)
        cursor.seek(toTime: .max)
        #expect(cursor.position == 9)
    }

    @Test func goingToAnExpressionIsRelativeToTheCurrentTick() throws {
        var cursor = ReplayCursor(tickTimes: Self.times, position: 8)
        cursor.go(to: try TimeExpression(parsing: "-1m"))
        #expect(cursor.position == 4)
        cursor.go(to: try TimeExpression(parsing: "+30s"))
        #expect(cursor.position == 6)
    }

    @Test func alertJumpsFindThePreviousAndNextAlertStart() {
        var cursor = ReplayCursor(tickTimes: Self.times, position: 4)
        let starts: [Int64] = [1_015_000, 1_090_000, 1_100_000]
        let result6 = cursor.jumpToNextAlert(starts: starts)
        #expect(result6)
        #expect(cursor.position == 6)
        let result7 = cursor.jumpToNextAlert(starts: starts)
        #expect(result7)
        #expect(cursor.position == 7, "an alert between ticks lands on the first tick that shows it")
        let result8 = cursor.jumpToPreviousAlert(starts: starts)
        #expect(result8)
        #expect(cursor.position == 6)
        let result9 = cursor.jumpToPreviousAlert(starts: starts)
        #expect(result9)
        #expect(cursor.position == 1)
        let result10 = cursor.jumpToPreviousAlert(starts: starts)
        #expect(result10 == false)
        #expect(cursor.position == 1)
    }

    @Test func playbackAdvancesByElapsedTimeTimesSpeedAndPausesAtTheEnd() {
        var cursor = ReplayCursor(tickTimes: Self.times)
        let result11 = cursor.advance(elapsedMilliseconds: 60_000)
        #expect(result11 == 0, "a paused cursor does not move")
        cursor.togglePlayback()
        #expect(cursor.isPlaying)
        let result12 = cursor.advance(elapsedMilliseconds: 14_999)
        #expect(result12 == 0)
        let result13 = cursor.advance(elapsedMilliseconds: 1)
        #expect(result13 == 1)
        cursor.faster()
        cursor.faster()
        #expect(cursor.speed == 4)
        let result14 = cursor.advance(elapsedMilliseconds: 7_500)
        #expect(result14 == 2)
        #expect(cursor.position == 3)
        // The one-hour gap is played as at most a minute.
        cursor.seek(toTime: 1_120_000)
        cursor.togglePlayback()
        let result15 = cursor.advance(elapsedMilliseconds: 15_000)
        #expect(result15 == 1)
        #expect(cursor.isAtEnd)
        #expect(cursor.isPlaying == false)
    }

    @Test func speedStaysWithinItsRangeAndPlayingFromTheEndRewinds() {
        var cursor = ReplayCursor(tickTimes: Self.times, position: 9)
        for _ in 0..<10 { cursor.slower() }
        #expect(cursor.speed == 0.25)
        for _ in 0..<10 { cursor.faster() }
        #expect(cursor.speed == 16)
        cursor.togglePlayback()
        #expect(cursor.position == 0)
        cursor.stepForward()
        #expect(cursor.isPlaying == false, "stepping pauses playback")
    }

    @Test func anEmptyCursorIgnoresEveryMove() {
        var cursor = ReplayCursor(tickTimes: [])
        cursor.stepForward()
        cursor.jumpToEnd()
        cursor.togglePlayback()
        cursor.seek(toTime: 5)
        #expect(cursor.time == nil)
        #expect(cursor.isPlaying == false)
    }

    @Test func aCursorOverRecordedTicksShowsTheRecordedFrames() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 30, to: path)
        let reader = try RecordingReader(path: path)
        var cursor = ReplayCursor(tickTimes: reader.tickTimes)
        cursor.seek(toTime: RecordingFixtures.start + 5 * 15_000 + 2)
        cursor.stepForward()
        let frames = try reader.frames(inTick: cursor.position)
        #expect(frames == (18..<21).map(RecordingFixtures.recorded))
        cursor.stepBack()
        cursor.stepBack()
        #expect(try reader.frames(inTick: cursor.position) == (12..<15).map(RecordingFixtures.recorded))
    }

    @Test func evictingOldTicksKeepsTheCursorOnItsTick() {
        var cursor = ReplayCursor(tickTimes: Self.times, position: 5)
        cursor.append(tickTime: Self.times[9] + 15_000)
        cursor.removeOldest(3)
        #expect(cursor.position == 2)
        #expect(cursor.time == Self.times[5])
        cursor.removeOldest(4)
        #expect(cursor.position == 0)
        #expect(cursor.time == Self.times[7])
    }
}
