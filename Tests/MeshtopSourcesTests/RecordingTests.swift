import Foundation
import MeshtopSources
import Testing

@Suite struct RecordingTests {
    @Test func everyFrameReadsBackExactlyWithItsTimeSourceFormatAndWorkload() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 30, to: path)
        let reader = try RecordingReader(path: path)
        #expect(reader.kind == .recording)
        #expect(reader.frameCount == 30)
        #expect(reader.droppedTail == false)
        #expect(reader.framesMissingFromIndex == 0)
        for number in 0..<30 {
            #expect(try reader.frame(at: number) == RecordingFixtures.recorded(number))
        }
    }

    @Test func framesAreGroupedIntoOneTickPerPollingStep() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 30, to: path)
        let reader = try RecordingReader(path: path)
        #expect(reader.ticks.count == 10)
        #expect(reader.ticks.allSatisfy { $0.count == 3 })
        let sources = try reader.frames(inTick: 4).map(\.source)
        #expect(Set(sources) == Set(RecordingFixtures.sources))
        #expect(reader.tickTimes[4] == RecordingFixtures.start + 4 * 15_000)
    }

    @Test func seekingFindsTheNearestFrameAndTick() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 30, to: path)
        let reader = try RecordingReader(path: path)
        let start = RecordingFixtures.start
        #expect(reader.tickIndex(nearest: start + 44_000) == 3)
        #expect(reader.tickIndex(nearest: start + 53_000) == 4)
        #expect(reader.tickIndex(nearest: start - 1_000_000) == 0)
        #expect(reader.tickIndex(nearest: start + 10_000_000) == 9)
        #expect(reader.frameIndex(nearest: start + 15_008) == 4)
        #expect(reader.timeRange == start...(start + 9 * 15_000 + 14))
    }

    @Test func zcatSeesValidTelemetryWithAHeaderLinePerFrame() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 6, to: path)
        let outputPath = path + ".gunzipped"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let gzip = try SpawnedProcess("/bin/gzip", ["-dc", path], outputPath: outputPath)
        #expect(gzip.wait() == 0)
        let output = String(decoding: try Data(contentsOf: URL(fileURLWithPath: outputPath)), as: UTF8.self)
        let lines = output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("# meshtop-frame ") }.count == 6)
        #expect(lines.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("istio_requests_total{") })
        // The source did not say its format: the recorder names the one its text is in.
        #expect(output.contains("source=payments/api%20sidecar format=prometheus"))
    }

    @Test(arguments: [1, 17, 40, 200])
    func aTruncatedTailIsDroppedAndEveryEarlierFrameSurvives(cut: Int) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 12, to: path)
        try RecordingFixtures.truncate(path, to: try RecordingFixtures.size(path) - cut)
        let reader = try RecordingReader(path: path)
        #expect(reader.droppedTail)
        #expect(reader.frameCount == 11)
        for number in 0..<11 { #expect(try reader.frame(at: number) == RecordingFixtures.recorded(number)) }
    }

    @Test func appendingAfterACrashCutsThePartialFrameSoLaterFramesStayReachable() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 5, to: path)
        try RecordingFixtures.truncate(path, to: try RecordingFixtures.size(path) - 10)
        let writer = try RecordingWriter(path: path, syncPolicy: .never)
        #expect(writer.recoveredPartialTail)
        #expect(writer.frameCount == 4)
        for number in 4..<8 { try writer.append(RecordingFixtures.frame(number)) }
        writer.close()
        let reader = try RecordingReader(path: path)
        #expect(reader.frameCount == 8)
        #expect(reader.framesMissingFromIndex == 0)
        for number in 0..<8 { #expect(try reader.frame(at: number) == RecordingFixtures.recorded(number)) }
    }

    @Test func aMissingIndexIsRebuiltByScanning() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 9, to: path)
        let original = try RecordingReader(path: path)
        try FileManager.default.removeItem(atPath: RecordingIndex.path(for: path))
        let reader = try RecordingReader(path: path)
        #expect(reader.framesMissingFromIndex == 9)
        #expect(reader.frames == original.frames)
        #expect(reader.ticks == original.ticks)
        // A writer reopening the recording writes the rebuilt index back.
        try RecordingWriter(path: path, syncPolicy: .never).close()
        #expect(try RecordingReader(path: path).framesMissingFromIndex == 0)
    }

    @Test func aShortOrDamagedIndexIsExtendedFromTheRecording() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        let indexPath = RecordingIndex.path(for: path)
        try RecordingFixtures.write(count: 9, to: path)
        let headerAndFour = RecordingIndex.header.count + 4 * RecordingIndex.recordSize
        try RecordingFixtures.truncate(indexPath, to: headerAndFour + 5)
        #expect(try RecordingReader(path: path).framesMissingFromIndex == 5)

        // Flip one byte of the third record: its checksum fails, so it and everything after are rescanned.
        var bytes = try #require(FileManager.default.contents(atPath: indexPath))
        bytes[RecordingIndex.header.count + 2 * RecordingIndex.recordSize + 3] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: indexPath))
        let reader = try RecordingReader(path: path)
        #expect(reader.framesMissingFromIndex == 7)
        for number in 0..<9 { #expect(try reader.frame(at: number) == RecordingFixtures.recorded(number)) }
    }

    @Test func anIndexPointingPastTheRecordingIsIgnored() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 6, to: path)
        let index = try #require(FileManager.default.contents(atPath: RecordingIndex.path(for: path)))
        try RecordingFixtures.write(count: 3, to: directory.path("short.mtrec.gz"))
        try index.write(to: URL(fileURLWithPath: RecordingIndex.path(for: directory.path("short.mtrec.gz"))))
        let reader = try RecordingReader(path: directory.path("short.mtrec.gz"))
        #expect(reader.frameCount == 3)
        for number in 0..<3 { #expect(try reader.frame(at: number) == RecordingFixtures.recorded(number)) }
    }

    @Test func aSecondRecorderOnTheSameFileIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        let first = try RecordingWriter(path: path, syncPolicy: .never)
        defer { first.close() }
        #expect(throws: SourceError.self) { try RecordingWriter(path: path, syncPolicy: .never) }
    }

    @Test func readingOutsideTheRecordingIsAnErrorNotACrash() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        try RecordingFixtures.write(count: 2, to: path)
        let reader = try RecordingReader(path: path)
        #expect(throws: SourceError.frameOutOfRange(index: 2, count: 2)) { try reader.frame(at: 2) }
    }
}
