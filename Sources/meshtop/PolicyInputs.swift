import ArgumentParser
import MeshtopModel
import MeshtopSources

/// What `check` and `plan` read: policies, pods and telemetry, as a check's input, with the policy
/// objects as read (for rewrites that keep every field).
struct PolicyInputs {
    /// The check's input.
    var input: PolicyCheckReport.Input
    /// Every policy object as read.
    var manifests: [PolicyReference: ManifestValue]

    /// Loads `policy`'s files and the traffic of `telemetry`'s snapshot (nil: no telemetry).
    ///
    /// - Throws: ``CommandInputError`` naming the file (and line, document, field) or server that cannot be read.
    static func load(
        _ policy: PolicyArguments,
        telemetry: () async throws -> MeshSnapshot?,
        minimumObservations: Double
    ) async throws -> PolicyInputs {
        do {
            let policies = try PolicyFiles.loadPolicies(policy.policyPaths)
            var notes = policies.notes
            let podWorkloads = try policy.pods.map { try PolicyFiles.loadPods($0, notes: &notes) } ?? []
            let snapshot = try await telemetry()
            let input = PolicyCheckReport.Input(
                policy: policies.meshPolicy(rootNamespace: policy.rootNamespace),
                workloads: snapshot.map { PolicyWorkload.all(in: $0, pods: podWorkloads) } ?? podWorkloads,
                workloadsAreComplete: policy.pods != nil,
                inbound: snapshot.map(InboundTraffic.all(in:)) ?? [],
                criteria: .init(
                    minimumObservations: minimumObservations,
                    newSourceAfter: snapshot.flatMap(InboundTraffic.newSourceThreshold(in:))
                ),
                notes: notes
            )
            return PolicyInputs(input: input, manifests: policies.manifests)
        } catch let error as PolicyLoadError {
            throw CommandInputError(error.description)
        }
    }

    /// Refuses telemetry and `--prometheus` together, the Prometheus-only fetch options without it, and
    /// fetch options that do not parse.
    ///
    /// - Throws: ``CommandInputError`` saying which options do not go together or what is wrong.
    static func checkTelemetryChoice(
        sources: [String],
        prometheus: PrometheusServerArguments,
        fetch: FetchArguments
    ) throws {
        do {
            _ = try fetch.prometheusConnection()
        } catch let error as ValidationError {
            throw CommandInputError(error.message)
        }
        if prometheus.url != nil {
            guard sources.isEmpty else {
                throw CommandInputError("judge telemetry files or --prometheus URL, not both")
            }
        } else if !fetch.headers.isEmpty || fetch.bearerTokenFile != nil {
            throw CommandInputError("--header and --bearer-token-file are sent to --prometheus URL: give it")
        }
    }

    /// Whether standard input (`-`) is named at most once among `sources`, policies and pods.
    static func readsStandardInputOnce(_ policy: PolicyArguments, sources: [String]) -> Bool {
        (sources + policy.policyPaths + [policy.pods].compactMap { $0 }).filter { $0 == "-" }.count <= 1
    }
}
