/// DestinationRules indexed for host lookups: exact hosts by namespace and host, wildcards by namespace;
/// every list is oldest first, so the first match is the one Istio keeps.
struct DestinationRuleIndex: Sendable {
    private struct Wildcard: Sendable {
        var pattern: String
        var rule: DestinationRule
    }

    private var exact: [String: [String: [DestinationRule]]] = [:]
    private var wildcards: [String: [Wildcard]] = [:]
    private var clientNamespacesByHost: [String: Set<String>] = [:]
    private var allWildcards: [Wildcard] = []

    /// Indexes `rules`, resolving short hosts in each rule's namespace.
    init(rules: [DestinationRule]) {
        for rule in rules.sorted(by: { $0.isOlder(than: $1) }) {
            let pattern = ServiceHost.resolve(rule.host, inNamespace: rule.namespace)
            if pattern.hasPrefix("*") {
                wildcards[rule.namespace, default: []].append(Wildcard(pattern: pattern, rule: rule))
                allWildcards.append(Wildcard(pattern: pattern, rule: rule))
            } else {
                exact[rule.namespace, default: [:]][pattern, default: []].append(rule)
                clientNamespacesByHost[pattern, default: []].formUnion(Self.clientNamespaces(of: rule))
            }
        }
    }

    /// The most specific rule in `namespace` for `host` that clients in `client` see.
    func best(forHost host: String, in namespace: String, visibleFrom client: String) -> DestinationRule? {
        if let rule = exact[namespace]?[host]?.first(where: { $0.isVisible(from: client) }) { return rule }
        var best: (rule: DestinationRule, specificity: Int)?
        for wildcard in wildcards[namespace] ?? [] where wildcard.rule.isVisible(from: client) {
            guard let specificity = ServiceHost.matchSpecificity(pattern: wildcard.pattern, host: host) else {
                continue
            }
            if specificity > best?.specificity ?? -1 { best = (wildcard.rule, specificity) }
        }
        return best?.rule
    }

    /// The client namespaces for which a rule's own namespace or `exportTo` can change the outcome for
    /// `host`; every other client namespace sees what a namespace without rules sees.
    func clientNamespaces(forHost host: String) -> Set<String> {
        var namespaces = clientNamespacesByHost[host] ?? []
        for wildcard in allWildcards where ServiceHost.matchSpecificity(pattern: wildcard.pattern, host: host) != nil {
            namespaces.formUnion(Self.clientNamespaces(of: wildcard.rule))
        }
        return namespaces
    }

    private static func clientNamespaces(of rule: DestinationRule) -> Set<String> {
        Set([rule.namespace] + rule.exportTo.filter { $0 != "*" && $0 != "." })
    }
}
