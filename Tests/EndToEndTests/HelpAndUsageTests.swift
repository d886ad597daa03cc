import Testing

/// Help shows the dashboard form first and works for every subcommand; an error in a subcommand's run
/// prints that subcommand's usage.
@Suite struct HelpAndUsageTests {
    @Test func `top-level help shows the dashboard form and an example`() throws {
        let run = try TruthfulRun(["--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("USAGE: meshtop [SOURCE…]"))
        #expect(run.output.contains("Examples:\n  meshtop "))
        // Paragraphs are wrapped by the parser alone: no line ends in the middle of a sentence it re-wrapped.
        #expect(!run.output.contains("from files or HTTP,\n"))
    }

    @Test(arguments: ["dashboard", "inspect", "report", "record", "check", "plan", "replay"])
    func `every subcommand has help`(command: String) throws {
        let run = try TruthfulRun(["help", command])
        #expect(run.status == 0)
        #expect(run.output.contains("USAGE: meshtop \(command)"))
    }

    @Test func `a bad theme prints the dashboard's usage`() throws {
        let run = try TruthfulRun(["--once", "--theme", "nosuch"])
        #expect(run.status == 64)
        #expect(run.error.contains("no theme 'nosuch'"))
        #expect(run.error.contains("Usage: meshtop dashboard"))
    }

    @Test(arguments: [
        ["-i", "5s", "--cacert", "/nonexistent/ca.pem", "http://127.0.0.1:1/"],
        ["record", "--cacert", "/nonexistent/ca.pem", "http://127.0.0.1:1/", "-o", "x.mtrec.gz"],
    ])
    func `a bad --cacert prints the usage of the command that failed`(arguments: [String]) throws {
        let run = try TruthfulRun(arguments)
        #expect(run.status == 64)
        #expect(run.error.contains("--cacert"))
        #expect(run.error.contains(arguments[0] == "record" ? "Usage: meshtop record" : "Usage: meshtop dashboard"))
    }
}
