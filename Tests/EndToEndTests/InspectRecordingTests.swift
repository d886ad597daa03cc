import Foundation
import Testing

/// `inspect` recognises meshtop's own recordings, and the recorder writes each frame's real format.
@Suite struct InspectRecordingTests {
    @Test func `a recording is described by its frames, sources, span and formats`() throws {
        let run = try TruthfulRun(["inspect", TruthfulRun.sampleRecording])
        #expect(run.status == 0)
        #expect(run.output.contains("format:    meshtop recording"))
        #expect(run.output.contains("frames:    360"))
        #expect(run.output.contains("sources:   3 (payments/api, payments/ledger, prometheus)"))
        #expect(run.output.contains("span:      2026-11-23 14:00:00 UTC – 2026-11-23 14:29:45 UTC"))
        #expect(run.output.contains("formats:   envoy 120, prometheus 240"))
        #expect(!run.output.contains("binary data"))
    }

    @Test func `a recording's JSON has its frames and formats`() throws {
        let run = try TruthfulRun(["inspect", "--format", "json", TruthfulRun.sampleRecording])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "meshtop-recording")
        #expect(object["frames"] as? Int == 360)
        #expect(object["formats"] as? [String: Int] == ["envoy": 120, "prometheus": 240])
    }

    @Test func `the recorder writes the format of what it recorded`() throws {
        let dump = Array("# TYPE up gauge\nup 1\n".utf8)
        let run = try TruthfulRun(
            files: ["a.prom": dump],
            ["record", "a.prom", "-o", "a.mtrec.gz", "--duration", "1500ms", "-i", "1s", "--quiet"],
            then: ["inspect", "a.mtrec.gz"]
        )
        #expect(run.status == 0)
        #expect(run.followUpOutput.contains("formats:   prometheus "))
        #expect(!run.followUpOutput.contains("unknown"))
    }
}
