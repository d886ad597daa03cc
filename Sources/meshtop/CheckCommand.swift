import ArgumentParser
import Foundation
import MeshtopModel
import MeshtopSources

/// `meshtop check`: policy findings and STRICT readiness for CI pipelines and cron jobs, without a terminal UI.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check mTLS policy and traffic: effective modes, STRICT readiness and findings; fail a CI job.",
        discussion: """
            Reads PeerAuthentications and DestinationRules as `kubectl get peerauthentication,destinationrule \
            -A -o yaml` (or -o json) prints them, resolves the mTLS mode every namespace and workload \
            enforces (workload policy > namespace policy > mesh policy in the root namespace; UNSET \
            inherits; no mesh policy means PERMISSIVE), and says whether each namespace could switch to \
            STRICT now: READY, BLOCKED (n) with who would break, NO DATA, or ALREADY STRICT.

            Findings carry stable codes (MT101 …, see the README) and the equivalent Kiali or istioctl \
            check. The exit status is 1 when a finding at or above --fail-on remains after --suppress \
            (like `istioctl analyze --failure-threshold`), 2 when the input cannot be read, else 0.

            With --prometheus URL the traffic is the server's: the window --from/--to (-15m counts back \
            from now; times of day and ISO times in UTC), or the minute ending now, read in either mode as \
            the difference of the series at its start and its end. A server that cannot be read exits 2.

            Without --pods, workload selectors are matched against the app label telemetry carries, and \
            the report says so.

            Examples:
              kubectl get pa,dr -A -o yaml > policies.yaml
              meshtop check --policies policies.yaml             # policy findings only
              meshtop check --policies policies.yaml mesh.prom   # with traffic
              kubectl get pa,dr -A -o json | meshtop check --policies - --format json
              meshtop check --policies policies/ --pods pods.yaml --fail-on warning
              meshtop check --policies p.yaml --suppress 'MT302=legacy/*'
              meshtop check --policies p.yaml --prometheus http://prometheus:9090 --from -15m
              meshtop check --policies p.yaml --prometheus http://prometheus:9090 --prometheus-mode query
            """
    )

    @Argument(help: "Telemetry to judge traffic by: recordings, dump directories, dumps, URLs, or '-' for stdin.")
    var sources: [String] = []

    @OptionGroup var policy: PolicyArguments

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(help: "Fail (exit 1) when a finding of this severity or worse remains: info, warning or critical.")
    var failOn: String = "critical"

    @Option(help: "Hide findings: CODE=namespace/name, '*' matches any text (MT3*=legacy/*); repeatable.")
    var suppress: [String] = []

    @OptionGroup(title: "Telemetry") var window: JudgedWindowArguments

    @OptionGroup(title: "Prometheus") var prometheus: PrometheusServerArguments

    @OptionGroup(title: "Fetching (with --prometheus; --cacert also for https:// telemetry)") var fetch: FetchArguments

    func run() async throws {
        let report: PolicyCheckReport
        do {
            report = try await PolicyCheckReport(input())
        } catch {
            // Exit status 1 means "findings"; anything that stops the check itself is 2.
            let message = (error as? CommandInputError)?.message ?? "\(error)"
            FileHandle.standardError.write(Data("meshtop check: \(Terminal.safe(message))\n".utf8))
            throw ExitCode(2)
        }
        try write(report)
        if report.failed { throw ExitCode(1) }
    }

    private func input() async throws -> PolicyCheckReport.Input {
        let (threshold, suppressions) = try validatedOptions()
        var input = try await PolicyInputs.load(
            policy,
            telemetry: {
                try await window.snapshot(sources: sources, prometheus: prometheus, fetch: fetch, command: "check")
            },
            minimumObservations: window.minObservations
        ).input
        input.suppressions = suppressions
        input.failureThreshold = threshold
        return input
    }

    private func validatedOptions() throws -> (FindingSeverity, [FindingSuppression]) {
        guard let threshold = FindingSeverity(rawValue: failOn.lowercased()) else {
            throw CommandInputError("--fail-on must be info, warning or critical, not '\(failOn)'")
        }
        guard format == "text" || format == "json" else {
            throw CommandInputError("--format must be text or json, not '\(format)'")
        }
        if let problem = CAFile.argumentProblem(fetch.caFile) { throw CommandInputError(problem) }
        try PolicyInputs.checkTelemetryChoice(sources: sources, prometheus: prometheus, fetch: fetch)
        let suppressions = try suppress.map { rule in
            guard let parsed = FindingSuppression(parsing: rule) else {
                throw CommandInputError("--suppress takes CODE=namespace/name, not '\(rule)'")
            }
            return parsed
        }
        guard !policy.policyPaths.isEmpty || !sources.isEmpty || prometheus.url != nil else {
            throw CommandInputError(
                "nothing to check: give --policies FILE|DIR|-, telemetry or --prometheus URL (see --help)"
            )
        }
        guard PolicyInputs.readsStandardInputOnce(policy, sources: sources) else {
            throw CommandInputError("standard input ('-') can be read only once")
        }
        return (threshold, suppressions)
    }

    private func write(_ report: PolicyCheckReport) throws {
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(
                JSONText.escapingUnsafeCharacters(try encoder.encode(report)) + Data("\n".utf8)
            )
        } else {
            FileHandle.standardOutput.write(Data(report.text().utf8))
        }
    }
}
