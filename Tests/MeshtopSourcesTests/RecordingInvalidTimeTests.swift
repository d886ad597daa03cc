import Foundation
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry
import Testing

/// A recorded frame whose `ts=` is no date (Int64.max, Int64.min) is left out and counted; every other
/// frame is read, grouped into ticks and replayed as before.
struct RecordingInvalidTimeTests {
    static func writeRecording(at path: String) throws {
        let writer = try RecordingWriter(path: path, syncPolicy: .never)
        defer { writer.close() }
        for number in 0..<6 {
            var frame = RecordingFixtures.frame(number)
            if number == 2 { frame.timestampMilliseconds = .max }
            if number == 4 { frame.timestampMilliseconds = .min }
            try writer.append(frame)
        }
    }

    @Test(arguments: [true, false])
    func framesWithoutADateAreLeftOutAndCounted(keepIndex: Bool) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("hostile.mtrec.gz")
        try Self.writeRecording(at: path)
        if !keepIndex { try FileManager.default.removeItem(atPath: RecordingIndex.path(for: path)) }
        let reader = try RecordingReader(path: path)
        #expect(reader.frameCount == 4)
        #expect(reader.framesWithInvalidTime == 2)
        #expect(reader.frames.allSatisfy { UnixMilliseconds.range.contains($0.timestampMilliseconds) })
        #expect(reader.ticks.map(\.count).reduce(0, +) == 4)
        for target in [Int64.max, .min, 0] {
            #expect(reader.frameIndex(nearest: target) != nil)
            #expect(reader.tickIndex(nearest: target) != nil)
        }
        let kept = try (0..<reader.frameCount).map { try reader.frame(at: $0).bytes }
        #expect(kept == [0, 1, 3, 5].map(RecordingFixtures.text))
    }

    @Test func aWindowOverTheRecordingSaysWhatItSkipped() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("hostile.mtrec.gz")
        try Self.writeRecording(at: path)
        var notes: [String] = []
        let model = MeshModel()
        let added = try TelemetryWindow(from: .relative(-9_000_000_000), to: .relative(.max)).load([path], into: model)
        {
            notes.append($0)
        }
        #expect(added == 4)
        #expect(notes == ["\(path): skipped 2 frames whose time is not in years 0000–9999"])
    }
}
