import Testing

/// `name=FILE` and `ns/workload=FILE` work in the dashboard without -i, as its help says.
@Suite struct AttributedDumpTests {
    static let raw = Array(
        "istio_requests_total{reporter=\"destination\",connection_security_policy=\"mutual_tls\"} 5\n".utf8
    )

    @Test func `a raw dump attributed to its workload is read`() throws {
        let run = try TruthfulRun(files: ["ledger.prom": Self.raw], ["--once", "payments/ledger=ledger.prom"])
        #expect(run.status == 0)
        #expect(run.output.contains("1 ok"))
        #expect(!run.output.contains("cannot read"))
    }

    @Test func `a named dump reads its file`() throws {
        let run = try TruthfulRun(files: ["ledger.prom": Self.raw], ["--once", "mine=ledger.prom"])
        #expect(run.status == 0)
        #expect(run.output.contains("1 ok"))
        #expect(!run.output.contains("cannot read"))
    }
}
