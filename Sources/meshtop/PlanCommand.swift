import ArgumentParser
import Foundation
import MeshtopModel
import MeshtopSources

/// `meshtop plan`: the STRICT migration plan, namespace by namespace, as objects to apply.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the switch to STRICT mTLS namespace by namespace, as objects to apply.",
        discussion: """
            Reads the same policies, pods and telemetry as `meshtop check` and prints, for each namespace \
            in the order it is safe to switch (namespaces whose callers are all meshed and mutual TLS \
            first; a namespace after the namespaces that call it), its verdict, its mode and where it \
            comes from, the evidence, what to do, and what STRICT would refuse (requests/s and \
            connections/s over the window; counts for a single scrape).

            READY namespaces get a namespace-wide STRICT PeerAuthentication (named meshtop-strict, or \
            the name of the namespace policy it replaces). DestinationRules that would send DISABLE or \
            SIMPLE to a STRICT workload are rewritten to ISTIO_MUTUAL, keeping their other fields. With \
            --allow-exceptions, a blocked namespace gets STRICT plus PERMISSIVE exceptions for exactly \
            the blocked workloads or ports (meshtop-exception-<workload>), each saying why.

            With --prometheus URL, the traffic is the server's window, read as `meshtop check --prometheus` \
            reads it.

            The plan is checked before it is printed: with its objects applied, no new critical finding.

            Exit status: 0 when the plan is printed; 2 when an input or policy file cannot be read or an \
            option is bad (64 for options ArgumentParser cannot parse).

            Examples:
              meshtop plan --policies policies.yaml mesh.mtrec.gz --to +14m
              meshtop plan --policies policies.yaml mesh.mtrec.gz --format yaml | kubectl apply -f -
              meshtop plan --policies p.yaml --pods pods.yaml --allow-exceptions --format json mesh.prom
              meshtop plan --policies p.yaml --prometheus http://prometheus:9090 --from -1h --format yaml
            """
    )

    @Argument(help: "Telemetry to judge traffic by: recordings, dump directories, dumps, URLs, or '-' for stdin.")
    var sources: [String] = []

    @OptionGroup var policy: PolicyArguments

    @Flag(help: "Switch blocked namespaces anyway, with PERMISSIVE exceptions for exactly the blocked workloads.")
    var allowExceptions = false

    @Option(help: "Output format: text (steps, evidence and YAML), yaml (only the objects) or json (a List).")
    var format: String = "text"

    @OptionGroup(title: "Telemetry") var window: JudgedWindowArguments

    @OptionGroup(title: "Prometheus") var prometheus: PrometheusServerArguments

    @OptionGroup(title: "Fetching (with --prometheus; --cacert also for https:// telemetry)") var fetch: FetchArguments

    func run() async throws {
        let plan: MigrationPlan
        do {
            try validateOptions()
            let inputs = try await PolicyInputs.load(
                policy,
                telemetry: {
                    try await window.snapshot(sources: sources, prometheus: prometheus, fetch: fetch, command: "plan")
                },
                minimumObservations: window.minObservations
            )
            for note in inputs.input.notes { printError("meshtop plan: \(Terminal.safe(note))") }
            plan = MigrationPlanner(
                input: inputs.input,
                allowsExceptions: allowExceptions,
                manifests: inputs.manifests
            ).plan()
        } catch {
            let message = (error as? CommandInputError)?.message ?? "\(error)"
            printError("meshtop plan: \(Terminal.safe(message))")
            throw ExitCode(2)
        }
        let output =
            switch format {
            case "yaml": plan.yaml()
            case "json": plan.json()
            default: plan.text()
            }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func validateOptions() throws {
        guard ["text", "yaml", "json"].contains(format) else {
            throw CommandInputError("--format must be text, yaml or json, not '\(format)'")
        }
        guard !policy.policyPaths.isEmpty else {
            throw CommandInputError("give the policies to plan from: --policies FILE|DIR|- (see --help)")
        }
        guard window.minObservations.isFinite, window.minObservations >= 0 else {
            throw CommandInputError("--min-observations must be a number of zero or more")
        }
        if let problem = CAFile.argumentProblem(fetch.caFile) { throw CommandInputError(problem) }
        try PolicyInputs.checkTelemetryChoice(sources: sources, prometheus: prometheus, fetch: fetch)
        guard PolicyInputs.readsStandardInputOnce(policy, sources: sources) else {
            throw CommandInputError("standard input ('-') can be read only once")
        }
    }
}
