import Foundation
import Testing

/// A window outside the recording, or a directory with no dumps, gives nothing to judge: exit 2 with the
/// recording's span, never an all-zero report that reads as a clean mesh.
@Suite struct EmptyWindowTests {
    static let span = "spans 2026-11-23 14:00:00 UTC – 2026-11-23 14:29:45 UTC"

    @Test(arguments: ["report", "check", "plan"])
    func `a window outside the recording exits 2 saying its span`(command: String) throws {
        var arguments = [command, TruthfulRun.sampleRecording, "--from", "15:00", "--to", "15:05"]
        if command == "plan" {
            let policies = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/policies.yaml").path
            arguments += ["--policies", policies]
        }
        let run = try TruthfulRun(arguments)
        #expect(run.status == 2)
        #expect(run.error.contains("no frames inside the window 2026-11-23 15:00:00 UTC – 2026-11-23 15:05:00 UTC"))
        #expect(run.error.contains(Self.span))
        #expect(run.output.isEmpty)
    }

    @Test(arguments: ["report", "check"])
    func `an empty directory exits 2`(command: String) throws {
        let run = try TruthfulRun(directories: ["dumps"], [command, "dumps"])
        #expect(run.status == 2)
        #expect(run.error.contains("dumps: holds no telemetry frames"))
    }
}
