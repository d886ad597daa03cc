/// Host names as DestinationRules use them: short names, fully qualified names and wildcards.
package enum ServiceHost {
    /// The cluster DNS domain meshtop assumes, as Istio does by default.
    package static let clusterDomain = "cluster.local"

    /// The fully qualified name of a Kubernetes service.
    package static func fullyQualified(service: String, namespace: String) -> String {
        "\(service).\(namespace).svc.\(clusterDomain)"
    }

    /// Resolves a host as written in a rule in `namespace`: a name without a dot is a short name in that
    /// namespace; `*` and anything with a dot are taken as written (Istio's rule).
    package static func resolve(_ host: String, inNamespace namespace: String) -> String {
        if host == "*" || host.contains(".") { return host }
        return fullyQualified(service: host, namespace: namespace)
    }

    /// How specifically `pattern` (resolved) matches `host`: `nil` for no match, larger for more specific.
    ///
    /// An exact match beats every wildcard; among wildcards the longer suffix wins; `*` matches all hosts.
    package static func matchSpecificity(pattern: String, host: String) -> Int? {
        if pattern == host { return Int.max }
        if pattern == "*" { return 0 }
        guard pattern.hasPrefix("*") else { return nil }
        let suffix = pattern.dropFirst()
        return host.hasSuffix(suffix) && host.count > suffix.count ? suffix.count : nil
    }

    /// The namespace of a `name.namespace.svc.<domain>` host, if it has that form.
    package static func namespace(ofServiceHost host: String) -> String? {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[2] == "svc" else { return nil }
        return String(parts[1])
    }
}
