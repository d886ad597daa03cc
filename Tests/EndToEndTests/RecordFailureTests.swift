import Testing

/// A recorder that records nothing says why as it happens, exits 1 and leaves no empty recording behind.
@Suite struct RecordFailureTests {
    @Test func `a refused connection is reported and nothing is left behind`() throws {
        let run = try TruthfulRun([
            "record", "http://127.0.0.1:1/x", "-o", "z.mtrec.gz", "--duration", "3s", "-i", "1s",
        ])
        #expect(run.status == 1)
        #expect(run.error.contains("meshtop record: http://127.0.0.1:1/x: connection refused"))
        #expect(run.error.contains("no frame was recorded"))
        #expect(run.leftBehind.isEmpty)
    }

    @Test func `a missing bearer token file is reported as it happens`() throws {
        let run = try TruthfulRun([
            "record", "http://127.0.0.1:1/x", "--bearer-token-file", "nosuch-token", "-o", "z.mtrec.gz",
            "--duration", "2s", "-i", "1s",
        ])
        #expect(run.status == 1)
        #expect(run.error.contains("meshtop record: http://127.0.0.1:1/x: cannot read the bearer token file"))
        #expect(run.error.contains("no frame was recorded"))
        #expect(run.leftBehind.isEmpty)
    }
}
