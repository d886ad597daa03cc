import Testing

/// A picture or random bytes is not an empty mesh: every command refuses it with exit 2 and says why.
@Suite struct NotTelemetryInputTests {
    static let message = "picture.png: not telemetry text (binary data at byte 0)"

    @Test(arguments: [
        ["report", "picture.png"],
        ["report", "--format", "json", "picture.png"],
        ["inspect", "picture.png"],
        ["inspect", "--format", "json", "picture.png"],
        ["inspect", "--strict", "picture.png"],
        ["check", "picture.png"],
    ])
    func `binary input exits 2 naming the file`(arguments: [String]) throws {
        let run = try TruthfulRun(files: ["picture.png": TruthfulRun.picture], arguments)
        #expect(run.status == 2)
        #expect(run.error.contains(Self.message))
        #expect(run.output.isEmpty)
    }

    @Test func `the dashboard shows such a source failing with the reason`() throws {
        let run = try TruthfulRun(
            files: ["picture.png": TruthfulRun.picture],
            ["--once", "--width", "120", "picture.png"]
        )
        // The frame shows the failing source; as everywhere, input that is not telemetry exits 2.
        #expect(run.status == 2)
        #expect(run.error.contains(Self.message))
        #expect(run.output.contains(Self.message))
        #expect(run.output.contains("1 failing"))
    }
}
