import Foundation
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry
import Testing

/// A window that holds no telemetry is an error that says what the inputs do hold, never an empty model
/// that would read as a quiet mesh.
struct TelemetryWindowTruthTests {
    @Test func `an empty directory holds no frames`() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: TelemetryWindowError.self) {
            try TelemetryWindow().load([directory.url.path], into: MeshModel())
        }
        do {
            try TelemetryWindow().load([directory.url.path], into: MeshModel())
        } catch {
            #expect("\(error)" == "\(directory.url.path): holds no telemetry frames")
        }
    }

    @Test func `a window outside the recording says the recording's span`() throws {
        let directory = try TemporaryDirectory()
        try Data("up 1\n".utf8).write(to: directory.url.appendingPathComponent("s-20261123T140000Z.prom"))
        try Data("up 2\n".utf8).write(to: directory.url.appendingPathComponent("s-20261123T140500Z.prom"))
        let window = TelemetryWindow(
            from: .timeOfDay(hour: 15, minute: 0, second: 0),
            to: .timeOfDay(hour: 15, minute: 5, second: 0)
        )
        do {
            try window.load([directory.url.path], into: MeshModel())
            Issue.record("a window outside the recording must not load")
        } catch let error as TelemetryWindowError {
            #expect(
                error.description
                    == "no frames inside the window 2026-11-23 15:00:00 UTC – 2026-11-23 15:05:00 UTC: "
                    + "\(directory.url.path) spans 2026-11-23 14:00:00 UTC – 2026-11-23 14:05:00 UTC"
            )
        }
        #expect(try TelemetryWindow().load([directory.url.path], into: MeshModel()) == 2)
    }

    @Test func `a dump that is binary data is named`() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("picture.png")
        let picture: [UInt8] = [0x89, 0x50, 0x4E, 0x47] + (0..<256).map { UInt8($0 % 16) }
        try Data(picture).write(to: URL(fileURLWithPath: path))
        #expect(throws: NotTelemetryText(input: path, offset: 0)) {
            try TelemetryWindow().load([path], into: MeshModel())
        }
    }
}
