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
    private let rulesByNamespace: [String: [DestinationRule]]

    /// Creates a resolver over `policy`.
    package init(policy: MeshPolicy) {
        self.policy = policy
        self.rulesByNamespace = Dictionary(grouping: policy.destinationRules, by: \.namespace)
    }

    /// The rule that governs traffic from clients in `clientNamespace` to the fully qualified `host`.
    package func rule(forHost host: String, fromNamespace clientNamespace: String) -> DestinationRule? {
        var searchOrder = [clientNamespace]
        if let serviceNamespace = ServiceHost.namespace(ofServiceHost: host) { searchOrder.append(serviceNamespace) }
        searchOrder.append(policy.rootNamespace)
        var searched: Set<String> = []
        for namespace in searchOrder where searched.insert(namespace).inserted {
            if let rule = bestRule(forHost: host, in: namespace, visibleFrom: clientNamespace) { return rule }
        }
        return nil
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

    private func bestRule(forHost host: String, in namespace: String, visibleFrom client: String) -> DestinationRule? {
        var best: (rule: DestinationRule, specificity: Int)?
        for rule in rulesByNamespace[namespace] ?? [] where rule.isVisible(from: client) {
            let pattern = ServiceHost.resolve(rule.host, inNamespace: rule.namespace)
            guard let specificity = ServiceHost.matchSpecificity(pattern: pattern, host: host) else { continue }
            if let current = best,
                current.specificity > specificity
                    || (current.specificity == specificity && !isOlder(rule, than: current.rule))
            {
                continue
            }
            best = (rule, specificity)
        }
        return best?.rule
    }

    private func isOlder(_ rule: DestinationRule, than other: DestinationRule) -> Bool {
        switch (rule.creationTime, other.creationTime) {
        case let (mine?, theirs?) where mine != theirs: mine < theirs
        case (.some, nil): true
        case (nil, .some): false
        default: rule.name < other.name
        }
    }
}
