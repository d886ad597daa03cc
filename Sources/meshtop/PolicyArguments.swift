import ArgumentParser
import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources

/// The options that bring mTLS policies into a view: policy files, pods for exact selectors, the root namespace.
struct PolicyArguments: ParsableArguments {
    @Option(name: .customLong("policies"), help: "A policy file, a directory of .yaml/.yml/.json, or '-'; repeatable.")
    var policyPaths: [String] = []

    @Option(help: "A pod listing (`kubectl get pods -A -o yaml`) for exact selector matching.")
    var pods: String?

    @Option(help: "The namespace whose selector-less PeerAuthentication is mesh-wide.")
    var rootNamespace: String = MeshPolicy.defaultRootNamespace

    /// The loaded policies, or nil when neither --policies nor --pods was given.
    ///
    /// - Throws: `ValidationError` naming the file and the reason.
    func load() throws -> DashboardPolicy? {
        guard !policyPaths.isEmpty || pods != nil else { return nil }
        do {
            let policies = try PolicyFiles.loadPolicies(policyPaths)
            var notes = policies.notes
            let workloads = try pods.map { try PolicyFiles.loadPods($0, notes: &notes) } ?? []
            return DashboardPolicy(
                policy: policies.meshPolicy(rootNamespace: rootNamespace),
                pods: workloads,
                manifests: policies.manifests
            )
        } catch let error as PolicyLoadError {
            throw ValidationError(error.description)
        }
    }
}

extension PolicyArguments {
    /// For a report: the overlay of `snapshot` under the given policies, or `nil` without `--policies`;
    /// loading notes go to standard error, and a file that cannot be read exits 2.
    func overlay(for snapshot: MeshSnapshot, command: String) throws -> PolicyOverlay? {
        guard !policyPaths.isEmpty else { return nil }
        do {
            let policies = try PolicyFiles.loadPolicies(policyPaths)
            var notes = policies.notes
            let podWorkloads = try pods.map { try PolicyFiles.loadPods($0, notes: &notes) } ?? []
            for note in notes { printError("meshtop \(command): \(Terminal.safe(note))") }
            return PolicyOverlay(
                snapshot: snapshot,
                policy: policies.meshPolicy(rootNamespace: rootNamespace),
                pods: podWorkloads
            )
        } catch {
            printError("meshtop \(command): \(Terminal.safe(String(describing: error)))")
            throw ExitCode(2)
        }
    }
}
