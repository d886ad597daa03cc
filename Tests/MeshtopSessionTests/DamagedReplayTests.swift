import Foundation
import MeshtopSession
import MeshtopSources
import Testing

/// Replaying a recording with a damaged frame: every other frame of its tick is kept and the loss is named.
@Suite struct DamagedReplayTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sample-telemetry/mesh.mtrec.gz")

    @Test(arguments: [false, true])
    func aDamagedFrameIsNamedAndTheRestOfItsTickIsRead(keepIndex: Bool) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-replay-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("mesh.mtrec.gz").path
        var bytes = Array(try Data(contentsOf: Self.sample))
        bytes[bytes.count / 2] ^= 0x5A
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        if keepIndex { try FileManager.default.copyItem(atPath: Self.sample.path + ".idx", toPath: path + ".idx") }
        let intact = try RecordingReader(path: Self.sample.path)
        let reader = try RecordingReader(path: path)
        let frames = TickFrames(recording: reader)
        let read = frames.ticks.reduce(0) { $0 + frames.frames(ofTick: $1).count }
        #expect(read == intact.frameCount - 1)
        #expect(frames.problems.count == 1)
        #expect(frames.problems.first?.contains("skipped frame ") == true)
    }
}
