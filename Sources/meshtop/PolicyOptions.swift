import ArgumentParser
import MeshtopModel
import MeshtopSources

/// `--policies`, `--pods` and `--root-namespace`: the mTLS policies a report resolves modes and STRICT
/// readiness from, read as `meshtop check` reads them.
struct PolicyOptions: ParsableArguments {
    @Option(name: .customLong("policies"), help: "A policy file, a directory of .yaml/.yml/.json, or '-'; repeatable.")
    var policyPaths: [String] = []

    @Option(help: "A pod listing (`kubectl get pods -A -o yaml`) for exact selector matching.")
    var pods: String?

    @Option(help: "The namespace whose selector-less PeerAuthentication is mesh-wide.")
    var rootNamespace: String = MeshPolicy.defaultRootNamespace

    /// The overlay of `snapshot` under the given policies, or `nil` without `--policies`; loading notes
    /// go to standard error, and a file that cannot be read exits 2.
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
