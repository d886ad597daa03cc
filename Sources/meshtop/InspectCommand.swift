import ArgumentParser
import MeshtopSources
import MeshtopTelemetry

/// `meshtop inspect`: what a telemetry dump holds and what is wrong with it.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the format, families, samples and problems of telemetry dumps.",
        discussion: """
            Each input is streamed through a small buffer and parsed; the format (Prometheus text 0.0.4, \
            OpenMetrics 1.0, Envoy /stats text or JSON) is recognised from the content. Problems are listed \
            as FILE:LINE:COLUMN: REASON; errors dropped a line, violations were accepted but break the \
            format's rules (what promtool rejects).

            --families lists every family with its kind and series count, most series first, like \
            Prometheus' highest cardinality metric names.

            Examples:
              meshtop inspect sample-telemetry/istio-sidecar.prom
              meshtop inspect --families federate.txt | head -20
              meshtop inspect --strict dump.prom || echo "dump has problems"
              kubectl exec POD -c istio-proxy -- curl -s localhost:15000/stats | meshtop inspect -
              meshtop inspect --format json http://localhost:15020/stats/prometheus
              meshtop inspect --cacert root-cert.pem https://127.0.0.1:15020/stats/prometheus

            A meshtop recording (.mtrec.gz) is recognised: its frames, sources, span and formats are listed.

            --strict judges each input by its format's rules: Prometheus text 0.0.4 as promtool check \
            metrics does, OpenMetrics 1.0 by its specification (grammar, metadata, family, histogram, \
            summary, counter and exemplar rules), and lists every finding.

            Exit status: 0 on success, 1 with --strict when any problem was found, 2 when an input could \
            not be read or is not telemetry text (binary data).
            """
    )

    /// How results are printed.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "Files or http(s) URLs to read; '-' reads standard input.")
    var inputs: [String] = []

    @Flag(help: "Judge inputs by their format's rules (promtool's, OpenMetrics 1.0's); exit 1 on any finding.")
    var strict = false

    @Option(help: "Output format: text or json (one JSON object per input, one per line).")
    var format: OutputFormat = .text

    @Option(help: "List at most this many problems per input.")
    var maxIssues = 20

    @Flag(help: "List every family with its kind and series count, most series first (in JSON: series_by_family).")
    var families = false

    @Option(name: .customLong("cacert"), help: ArgumentHelp(CAFile.help, valueName: "file"))
    var caFile: String?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one FILE, URL or '-' (standard input)") }
        if maxIssues < 0 { throw ValidationError("--max-issues must not be negative") }
        if let problem = CAFile.argumentProblem(caFile) { throw ValidationError(problem) }
    }

    func run() async throws {
        var unreadable = false
        var problems = false
        let buffer = ReadBuffer.allocate()
        defer { buffer.deallocate() }
        for input in inputs {
            if let recording = RecordingInspection(path: input) {
                print(format == .json ? recording.json() : recording.text())
                continue
            }
            do {
                let report = try await inspect(input, buffer: buffer)
                if let offset = report.binaryOffset {
                    unreadable = true
                    printError(
                        "meshtop inspect: \(Terminal.safe(NotTelemetryText(input: input, offset: offset).description))"
                    )
                    continue
                }
                problems = problems || report.issueCount > 0
                print(format == .json ? report.json() : report.text())
            } catch let error as InputError {
                unreadable = true
                printError("meshtop inspect: \(error)")
            }
        }
        if unreadable { throw ExitCode(2) }
        if strict, problems { throw ExitCode(1) }
    }

    /// Parses one input and summarises it.
    private func inspect(_ input: String, buffer: UnsafeMutableRawBufferPointer) async throws
        -> InspectReport
    {
        var parser = TelemetryParser()
        var summary = TelemetrySummary(issueListLimit: maxIssues)
        let clock = ContinuousClock()
        let started = clock.now
        var verdict: StrictVerdict?
        if strict {
            var checker = StrictChecker(maxLineLength: parser.options.maxLineLength)
            try await InputReader.read(input, caFile: caFile, buffer: buffer, until: { parser.hasStopped }) { chunk in
                parser.feed(chunk, into: &summary)
                checker.feed(chunk, format: parser.format)
            }
            parser.finish(into: &summary)
            checker.finish(format: parser.format)
            verdict = StrictVerdict(
                format: parser.format,
                tolerant: summary.issues,
                tolerantCount: summary.issueCount + parser.suppressedIssueCount,
                tolerantErrors: summary.errorCount,
                findings: checker.findings,
                limit: maxIssues
            )
        } else {
            try await InputReader.read(input, caFile: caFile, buffer: buffer, parser: &parser, into: &summary)
            parser.finish(into: &summary)
        }
        let elapsed = started.duration(to: clock.now)
        return InspectReport(
            input: input,
            parser: parser,
            summary: summary,
            elapsed: elapsed,
            listingFamilies: families,
            strict: verdict
        )
    }
}
