import Foundation
import MeshtopModel
import MeshtopSources
import Testing

/// A recording with one byte flipped inside a middle frame: only that frame is lost.
@Suite struct DamagedRecordingTests {
    /// Writes 12 frames and flips one byte in the middle of frame 6's gzip member; returns the byte's offset.
    private static func damagedRecording(at path: String, keepIndex: Bool) throws -> UInt64 {
        try RecordingFixtures.write(count: 12, to: path)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let members = RecordingFixtures.memberOffsets(bytes)
        let target = Int((members[6] + members[7]) / 2)
        bytes[target] ^= 0x5A
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        if !keepIndex { try FileManager.default.removeItem(atPath: RecordingIndex.path(for: path)) }
        return UInt64(target)
    }

    @Test(arguments: [false, true])
    func onlyTheDamagedFrameIsLostAndItIsNamed(keepIndex: Bool) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        _ = try Self.damagedRecording(at: path, keepIndex: keepIndex)
        let model = MeshModel()
        var notes: [String] = []
        let added = try TelemetryWindow().load([path], into: model) { notes.append($0) }
        #expect(added == 11)
        #expect(notes.count == 1)
        #expect(notes.first?.contains("frame 7 of 12") == true)
    }

    @Test func withoutAnIndexTheReaderResynchronisesAtTheNextMember() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        _ = try Self.damagedRecording(at: path, keepIndex: false)
        let reader = try RecordingReader(path: path)
        #expect(reader.frameCount == 11)
        #expect(reader.droppedTail == false)
        #expect(reader.damagedFrames.map(\.number) == [7])
        let kept = try (0..<11).map { try reader.frame(at: $0) }
        #expect(kept == (0..<12).filter { $0 != 6 }.map(RecordingFixtures.recorded))
    }

    @Test(arguments: [false, true])
    func appendingToADamagedRecordingKeepsEveryIntactFrame(keepIndex: Bool) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mesh.mtrec.gz")
        _ = try Self.damagedRecording(at: path, keepIndex: keepIndex)
        let sizeBefore = try RecordingFixtures.size(path)
        let writer = try RecordingWriter(path: path, syncPolicy: .never)
        #expect(writer.recoveredPartialTail == false)
        try writer.append(RecordingFixtures.frame(12))
        writer.close()
        #expect(try RecordingFixtures.size(path) > sizeBefore)
        for reopenedWithIndex in [true, false] {
            if !reopenedWithIndex { try? FileManager.default.removeItem(atPath: RecordingIndex.path(for: path)) }
            let model = MeshModel()
            var notes: [String] = []
            let added = try TelemetryWindow().load([path], into: model) { notes.append($0) }
            #expect(added == 12)
            #expect(notes.count == 1)
        }
    }
}
