/// The mutual TLS mode a workload enforces, with the policy level it comes from and any port overrides.
package struct EffectiveMode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where a mode comes from.
    package enum Origin: Sendable, Hashable, Codable, CustomStringConvertible {
        /// No policy sets a mode: Istio's default, PERMISSIVE.
        case meshDefault
        /// The mesh-wide policy in the root namespace.
        case meshPolicy(PolicyReference)
        /// The namespace-wide policy.
        case namespacePolicy(PolicyReference)
        /// A policy with a selector that matches the workload.
        case workloadPolicy(PolicyReference)

        /// `mesh default`, `mesh policy istio-system/default`, `namespace policy default`, …
        package var description: String {
            switch self {
            case .meshDefault: "mesh default"
            case .meshPolicy(let reference): "mesh policy \(reference)"
            case .namespacePolicy(let reference) where reference.name == "default": "namespace policy default"
            case .namespacePolicy(let reference): "namespace policy \(reference)"
            case .workloadPolicy(let reference): "workload policy \(reference)"
            }
        }

        /// The policy behind the mode, if any.
        package var reference: PolicyReference? {
            switch self {
            case .meshDefault: nil
            case .meshPolicy(let reference), .namespacePolicy(let reference), .workloadPolicy(let reference):
                reference
            }
        }
    }

    /// A mode and its origin.
    package struct Setting: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The resolved mode.
        package var mode: MutualTLSMode
        /// Where it comes from.
        package var origin: Origin

        /// Creates a setting.
        package init(mode: MutualTLSMode, origin: Origin) {
            self.mode = mode
            self.origin = origin
        }

        /// `STRICT (namespace policy default)`.
        package var description: String { "\(mode.rawValue) (\(origin))" }
    }

    /// The mode for every port without an override.
    package var workload: Setting
    /// Port-level overrides, keyed by target port.
    package var ports: [Int: Setting]
    /// True when a selector was matched against telemetry labels rather than pod labels.
    package var selectorMatchIsGuess: Bool

    /// Creates an effective mode.
    package init(workload: Setting, ports: [Int: Setting] = [:], selectorMatchIsGuess: Bool = false) {
        self.workload = workload
        self.ports = ports
        self.selectorMatchIsGuess = selectorMatchIsGuess
    }

    /// The setting that applies to traffic on `port` (the workload setting when the port is unknown).
    package func setting(forPort port: Int?) -> Setting {
        guard let port, let override = ports[port] else { return workload }
        return override
    }

    /// The mode that applies to traffic on `port`.
    package func mode(forPort port: Int?) -> MutualTLSMode { setting(forPort: port).mode }

    /// True when every port is STRICT.
    package var isStrictEverywhere: Bool {
        workload.mode == .strict && ports.values.allSatisfy { $0.mode == .strict }
    }

    /// `STRICT (workload policy payments/strict-api); port 8080: DISABLE (…)`, with `(guessed match)` if so.
    package var description: String {
        var text = workload.description
        for port in ports.keys.sorted() {
            text += "; port \(port): \(ports[port]!)"
        }
        if selectorMatchIsGuess { text += " [selector match guessed from telemetry labels]" }
        return text
    }
}
