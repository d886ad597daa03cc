extension MigrationPlanner {
    /// Every object of `state`, step by step in the plan's order.
    func resources(_ state: State, context: Context) -> [PlannedResource] {
        context.order.namespaces.flatMap { resources(in: $0, state, context: context) }
    }

    /// The objects of `namespace`'s step: its STRICT policy, its exceptions, and the rules whose rewrite
    /// it is the first step to need.
    func resources(in namespace: String, _ state: State, context: Context) -> [PlannedResource] {
        var names = NameBook(
            taken: Set(input.policy.peerAuthentications.filter { $0.namespace == namespace }.map(\.name))
        )
        var result: [PlannedResource] = []
        if state.switched.contains(namespace) {
            result.append(namespacePolicy(namespace, state, context: context, names: &names))
            let exceptions = state.exceptions.values.filter { $0.workload.namespace == namespace }
            for exception in exceptions.sorted(by: { $0.workload.name < $1.workload.name }) {
                result.append(self.exception(exception, context: context, names: &names))
            }
        }
        let position = Dictionary(uniqueKeysWithValues: context.order.namespaces.enumerated().map { ($1, $0) })
        for (reference, needers) in state.rewrites.sorted(by: { $0.key < $1.key }) {
            let first = needers.min { (position[$0] ?? .max, $0) < (position[$1] ?? .max, $1) }
            guard first == namespace, let rule = context.rules[reference] else { continue }
            result.append(rewrite(rule, for: needers.sorted()))
        }
        return result
    }

    private func namespacePolicy(
        _ namespace: String,
        _ state: State,
        context: Context,
        names: inout NameBook
    ) -> PlannedResource {
        let existing = context.evaluator.resolver.namespacePolicy(in: namespace)
        let name = existing?.name ?? names.claim("meshtop-strict")
        let policy = PeerAuthentication(
            namespace: namespace,
            name: name,
            creationTime: existing?.creationTime,
            mode: .strict
        )
        let excepted = state.exceptions.values.filter { $0.workload.namespace == namespace }.map(\.workload.name)
        let reason: String =
            switch context.verdicts[namespace] ?? .noData {
            case .ready:
                "\(namespace) is READY: every request and connection into it in the window was mutual TLS"
            case .blocked where excepted.isEmpty:
                "\(namespace) was blocked only by DestinationRules without mutual TLS, which this plan rewrites"
            default:
                "\(namespace) switches to STRICT with exceptions for \(excepted.sorted().joined(separator: ", "))"
            }
        return PlannedResource(
            object: .peerAuthentication(policy),
            replaces: existing != nil,
            reason: reason,
            manifest: peerAuthenticationManifest(policy, reason: reason, breaksWithout: nil)
        )
    }

    private func exception(_ exception: Exception, context: Context, names: inout NameBook) -> PlannedResource {
        let workload = exception.workload
        let mode: PeerAuthentication.Mode =
            context.evaluator.resolver.namespaceSetting(for: workload.namespace).mode == .disable
            ? .disable : .permissive
        let selector = Self.selector(for: workload, among: context.workloads(in: workload.namespace))
        let policy = PeerAuthentication(
            namespace: workload.namespace,
            name: names.claim("meshtop-exception-" + Self.dnsLabel(workload.name)),
            selector: selector,
            mode: exception.ports == nil ? mode : .unset,
            portLevelModes: Dictionary(uniqueKeysWithValues: (exception.ports ?? []).map { ($0, mode) })
        )
        let scope =
            exception.ports.map { "ports " + $0.sorted().map(String.init).joined(separator: ", ") } ?? "every port"
        var reason =
            "exception: \(workload) stays \(mode.rawValue) on \(scope) while the rest of "
            + "\(workload.namespace) is STRICT"
        if workload.labels.isEmpty { reason += " (selector guessed from the workload name; pass --pods)" }
        let breaks = exception.reasons.joined(separator: "; ")
        return PlannedResource(
            object: .peerAuthentication(policy),
            replaces: false,
            reason: reason,
            breaksWithout: breaks,
            manifest: peerAuthenticationManifest(policy, reason: reason, breaksWithout: breaks)
        )
    }

    private func rewrite(_ rule: DestinationRule, for namespaces: [String]) -> PlannedResource {
        let original = manifests[rule.reference]
        let (spec, dropped) = Self.rewrittenSpec(original?["spec"] ?? Self.spec(of: rule))
        let modes = Set(Self.nonMutualModes(of: rule).map(\.rawValue)).sorted().joined(separator: "/")
        var reason =
            "sends \(modes) to \(ServiceHost.resolve(rule.host, inNamespace: rule.namespace)), which "
            + "STRICT in \(namespaces.joined(separator: ", ")) refuses: now ISTIO_MUTUAL, other fields kept"
        if !dropped.isEmpty {
            reason +=
                " (dropped TLS fields ISTIO_MUTUAL does not take: \(Set(dropped).sorted().joined(separator: ", ")))"
        }
        var metadata = Self.metadata(name: rule.name, namespace: rule.namespace, original: original)
        metadata = metadata.setting("annotations", to: Self.annotations(original, reason: reason, breaksWithout: nil))
        let manifest = ManifestValue.map([
            .init("apiVersion", .string("networking.istio.io/v1")),
            .init("kind", .string("DestinationRule")),
            .init("metadata", metadata),
            .init("spec", spec),
        ])
        return PlannedResource(
            object: .destinationRule(Self.rewritten(rule)),
            replaces: true,
            reason: reason,
            manifest: manifest
        )
    }

    private func peerAuthenticationManifest(
        _ policy: PeerAuthentication,
        reason: String,
        breaksWithout: String?
    ) -> ManifestValue {
        let original = manifests[policy.reference]
        var spec: [ManifestValue.Entry] = []
        if policy.hasSelector {
            spec.append(.init("selector", .map([.init("matchLabels", .strings(policy.selector))])))
        }
        spec.append(.init("mtls", .map([.init("mode", .string(policy.mode.rawValue))])))
        if !policy.portLevelModes.isEmpty {
            let ports = policy.portLevelModes.sorted { $0.key < $1.key }.map {
                ManifestValue.Entry(String($0.key), .map([.init("mode", .string($0.value.rawValue))]))
            }
            spec.append(.init("portLevelMtls", .map(ports)))
        }
        var metadata = Self.metadata(name: policy.name, namespace: policy.namespace, original: original)
        metadata = metadata.setting(
            "annotations",
            to: Self.annotations(original, reason: reason, breaksWithout: breaksWithout)
        )
        return .map([
            .init("apiVersion", .string("security.istio.io/v1")),
            .init("kind", .string("PeerAuthentication")),
            .init("metadata", metadata),
            .init("spec", .map(spec)),
        ])
    }

    /// `name`, `namespace` and the labels of the object replaced, if any; cluster-set fields are left out.
    private static func metadata(name: String, namespace: String, original: ManifestValue?) -> ManifestValue {
        var entries: [ManifestValue.Entry] = [.init("name", .string(name)), .init("namespace", .string(namespace))]
        if let labels = original?["metadata"]?["labels"], !labels.entries.isEmpty {
            entries.append(.init("labels", labels))
        }
        return .map(entries)
    }

    /// The replaced object's annotations (less kubectl's copy of the last applied object and earlier
    /// meshtop reasons) plus the reason.
    private static func annotations(_ original: ManifestValue?, reason: String, breaksWithout: String?) -> ManifestValue
    {
        let dropped: Set<String> = [
            "kubectl.kubernetes.io/last-applied-configuration", PlannedResource.reasonAnnotation,
            PlannedResource.breaksWithoutAnnotation,
        ]
        var entries = (original?["metadata"]?["annotations"]?.entries ?? []).filter { !dropped.contains($0.key) }
        entries.append(.init(PlannedResource.reasonAnnotation, .string(reason)))
        if let breaksWithout { entries.append(.init(PlannedResource.breaksWithoutAnnotation, .string(breaksWithout))) }
        return .map(entries)
    }

    /// The fewest labels that select `workload` and no other of `others`: `app`, then `app` and
    /// `version`, then all its labels but `pod-template-hash`; `app: <name>` when it has none.
    static func selector(for workload: PolicyWorkload, among others: [PolicyWorkload]) -> [String: String] {
        let labels = workload.labels.filter { $0.key != "pod-template-hash" }
        guard !labels.isEmpty else { return ["app": workload.name] }
        let rivals = others.filter { $0.description != workload.description }
        var candidates: [[String: String]] = []
        if let app = labels["app"] {
            candidates.append(["app": app])
            if let version = labels["version"] { candidates.append(["app": app, "version": version]) }
        }
        for candidate in candidates where !rivals.contains(where: { $0.matches(candidate) }) { return candidate }
        return labels
    }

    /// `name` as a DNS label: lower case, other characters as `-`, at most 63 characters with the prefix.
    static func dnsLabel(_ name: String) -> String {
        var label = String(
            name.lowercased().unicodeScalars.map { scalar -> Character in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
            }
        )
        label = String(label.prefix(45))
        while label.hasSuffix("-") { label.removeLast() }
        while label.hasPrefix("-") { label.removeFirst() }
        return label.isEmpty ? "workload" : label
    }
}
