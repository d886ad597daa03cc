/// An Istio DestinationRule, reduced to what decides the TLS a client sends to a host.
package struct DestinationRule: Sendable, Hashable, Codable {
    /// `trafficPolicy.tls.mode`: what the client side originates.
    package enum ClientTLSMode: String, Sendable, Hashable, Codable, CaseIterable {
        /// Plaintext.
        case disable = "DISABLE"
        /// TLS without a client certificate.
        case simple = "SIMPLE"
        /// Mutual TLS with certificates given in the rule.
        case mutual = "MUTUAL"
        /// Mutual TLS with Istio's own workload certificates.
        case istioMutual = "ISTIO_MUTUAL"

        /// Whether the client presents a certificate (what a STRICT server needs).
        package var isMutual: Bool { self == .mutual || self == .istioMutual }
    }

    /// The TLS part of a traffic policy: a mode for all ports and overrides per port.
    package struct TLSSettings: Sendable, Hashable, Codable {
        /// `trafficPolicy.tls.mode`, if the policy sets one.
        package var mode: ClientTLSMode?
        /// `trafficPolicy.portLevelSettings[].tls.mode`, keyed by the destination port number.
        package var portModes: [Int: ClientTLSMode]

        /// Creates TLS settings.
        package init(mode: ClientTLSMode? = nil, portModes: [Int: ClientTLSMode] = [:]) {
            self.mode = mode
            self.portModes = portModes
        }

        /// The mode for `port`: a port-level setting, else the policy-wide one.
        package func mode(forPort port: Int?) -> ClientTLSMode? {
            if let port, let portMode = portModes[port] { return portMode }
            return mode
        }

        /// True when nothing is set.
        package var isEmpty: Bool { mode == nil && portModes.isEmpty }
    }

    /// A named subset with its own labels and traffic policy.
    package struct Subset: Sendable, Hashable, Codable {
        /// The subset name.
        package var name: String
        /// The labels that pick the subset's endpoints.
        package var labels: [String: String]
        /// The subset's TLS settings, which override the rule's for that subset.
        package var tls: TLSSettings

        /// Creates a subset.
        package init(name: String, labels: [String: String] = [:], tls: TLSSettings = TLSSettings()) {
            self.name = name
            self.labels = labels
            self.tls = tls
        }
    }

    /// The namespace the rule lives in.
    package var namespace: String
    /// The rule name.
    package var name: String
    /// `metadata.creationTimestamp` in seconds since 1970, when known.
    package var creationTime: Int64?
    /// `spec.host` as written.
    package var host: String
    /// `spec.exportTo`; empty means every namespace.
    package var exportTo: [String]
    /// `spec.trafficPolicy` TLS settings.
    package var tls: TLSSettings
    /// `spec.subsets`.
    package var subsets: [Subset]

    /// Creates a rule.
    package init(
        namespace: String,
        name: String,
        creationTime: Int64? = nil,
        host: String,
        exportTo: [String] = [],
        tls: TLSSettings = TLSSettings(),
        subsets: [Subset] = []
    ) {
        self.namespace = namespace
        self.name = name
        self.creationTime = creationTime
        self.host = host
        self.exportTo = exportTo
        self.tls = tls
        self.subsets = subsets
    }

    /// The reference that names this rule in findings.
    package var reference: PolicyReference {
        PolicyReference(kind: .destinationRule, namespace: namespace, name: name)
    }

    /// Whether any TLS mode is set, on the rule, a port or a subset.
    package var setsTLS: Bool {
        !tls.isEmpty || subsets.contains { !$0.tls.isEmpty }
    }

    /// Whether `self` was created before `other` (then by name); a rule without a creation time counts as
    /// newer than one with.
    package func isOlder(than other: DestinationRule) -> Bool {
        switch (creationTime, other.creationTime) {
        case let (mine?, theirs?) where mine != theirs: mine < theirs
        case (.some, nil): true
        case (nil, .some): false
        default: (namespace, name) < (other.namespace, other.name)
        }
    }

    /// Whether the rule is visible to clients in `namespace` (`exportTo` of `*`, `.` or a name).
    package func isVisible(from namespace: String) -> Bool {
        if exportTo.isEmpty { return true }
        return exportTo.contains { entry in
            entry == "*" || entry == namespace || (entry == "." && namespace == self.namespace)
        }
    }
}
