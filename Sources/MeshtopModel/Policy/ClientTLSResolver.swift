/// Finds the DestinationRule, and so the client-side TLS mode, that applies to traffic towards a host.
///
/// Istio looks for a rule in the client's namespace first, then in the service's namespace, then in the
/// root namespace; within one namespace the most specific host wins (exact, then the longest wildcard),
/// and among equals the oldest rule. A subset's TLS applies when the destination's labels match the subset.
package struct ClientTLSResolver: Sendable {
    /// The client-side TLS for one destination.
    package struct Choice: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The rule in force, if any.
        package var rule: PolicyReference?
        /// The mode the rule sets; `nil` means Istio's auto mTLS (mutual TLS to proxies that accept it).
        package var mode: DestinationRule.ClientTLSMode?

        /// Creates a choice.
        package init(rule: PolicyReference?, mode: DestinationRule.ClientTLSMode?) {
            self.rule = rule
            self.mode = mode
        }

        /// `DISABLE (DestinationRule shop/no-tls)` or `auto mTLS`.
        package var description: String {
            guard let mode else { return rule.map { "auto mTLS (DestinationRule \($0) sets no TLS)" } ?? "auto mTLS" }
            return "\(mode.rawValue) (DestinationRule \(rule.map(String.init(describing:)) ?? "?"))"
        }
    }

    /// The policies being searched.
    package let policy: MeshPolicy
    private let index: DestinationRuleIndex

    /// Creates a resolver over `policy`.
    package init(policy: MeshPolicy) {
        self.policy = policy
        self.index = DestinationRuleIndex(rules: policy.destinationRules)
    }

    /// The rule that governs traffic from clients in `clientNamespace` to the fully qualified `host`.
    package func rule(forHost host: String, fromNamespace clientNamespace: String) -> DestinationRule? {
        var searchOrder = [clientNamespace]
        if let serviceNamespace = ServiceHost.namespace(ofServiceHost: host) { searchOrder.append(serviceNamespace) }
        searchOrder.append(policy.rootNamespace)
        var searched: Set<String> = []
        for namespace in searchOrder where searched.insert(namespace).inserted {
            if let rule = index.best(forHost: host, in: namespace, visibleFrom: clientNamespace) { return rule }
        }
        return nil
    }

    /// The client namespaces whose own rules (or `exportTo` lists) can decide the TLS towards `host`, plus
    /// `""`, which stands for every other namespace.
    package func clientNamespaces(forHost host: String) -> [String] {
        (index.clientNamespaces(forHost: host).union([""])).sorted()
    }

    /// The TLS a client in `clientNamespace` originates towards `host` on `port` (if known), for a
    /// destination whose pods carry `labels` (used to pick a subset).
    package func clientTLS(
        toHost host: String,
        port: Int?,
        destinationLabels labels: [String: String] = [:],
        fromNamespace clientNamespace: String
    ) -> Choice {
        guard let rule = rule(forHost: host, fromNamespace: clientNamespace) else {
            return Choice(rule: nil, mode: nil)
        }
        let subset = rule.subsets.first { !$0.labels.isEmpty && $0.labels.allSatisfy { labels[$0.key] == $0.value } }
        let mode = subset?.tls.mode(forPort: port) ?? rule.tls.mode(forPort: port)
        return Choice(rule: rule.reference, mode: mode)
    }
}
