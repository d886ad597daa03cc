extension MigrationPlanner {
    /// `rule` with every mode that sends no client certificate (`DISABLE`, `SIMPLE`), on the rule, a port
    /// or a subset, set to `ISTIO_MUTUAL`.
    static func rewritten(_ rule: DestinationRule) -> DestinationRule {
        var rule = rule
        rule.tls = mutual(rule.tls)
        rule.subsets = rule.subsets.map { subset in
            var subset = subset
            subset.tls = mutual(subset.tls)
            return subset
        }
        return rule
    }

    private static func mutual(_ settings: DestinationRule.TLSSettings) -> DestinationRule.TLSSettings {
        func upgrade(_ mode: DestinationRule.ClientTLSMode) -> DestinationRule.ClientTLSMode {
            mode.isMutual ? mode : .istioMutual
        }
        return DestinationRule.TLSSettings(
            mode: settings.mode.map(upgrade),
            portModes: settings.portModes.mapValues(upgrade)
        )
    }

    /// The modes in `rule` that send no client certificate.
    static func nonMutualModes(of rule: DestinationRule) -> [DestinationRule.ClientTLSMode] {
        let settings = [rule.tls] + rule.subsets.map(\.tls)
        return settings.flatMap { [$0.mode].compactMap { $0 } + $0.portModes.values }.filter { !$0.isMutual }
    }

    /// `spec` (as read) with each `tls` block whose mode is `DISABLE` or `SIMPLE` (in the traffic policy,
    /// its port-level settings and its subsets') replaced by `{mode: ISTIO_MUTUAL}`, and the TLS fields
    /// dropped on the way (`ISTIO_MUTUAL` takes no certificates, SNI or CA of its own).
    static func rewrittenSpec(_ spec: ManifestValue) -> (spec: ManifestValue, dropped: [String]) {
        var dropped: [String] = []
        func tls(_ value: ManifestValue) -> ManifestValue {
            guard let mode = value["mode"]?.text?.uppercased(), mode == "DISABLE" || mode == "SIMPLE" else {
                return value
            }
            dropped += value.entries.map(\.key).filter { $0 != "mode" }
            return .map([.init("mode", .string(DestinationRule.ClientTLSMode.istioMutual.rawValue))])
        }
        func trafficPolicy(_ value: ManifestValue) -> ManifestValue {
            var value = value
            if let settings = value["tls"] { value = value.setting("tls", to: tls(settings)) }
            if case .list(let ports)? = value["portLevelSettings"] {
                let rewritten = ports.map { port in port["tls"].map { port.setting("tls", to: tls($0)) } ?? port }
                value = value.setting("portLevelSettings", to: .list(rewritten))
            }
            return value
        }
        var spec = spec
        if let policy = spec["trafficPolicy"] { spec = spec.setting("trafficPolicy", to: trafficPolicy(policy)) }
        if case .list(let subsets)? = spec["subsets"] {
            let rewritten = subsets.map { subset in
                subset["trafficPolicy"].map { subset.setting("trafficPolicy", to: trafficPolicy($0)) } ?? subset
            }
            spec = spec.setting("subsets", to: .list(rewritten))
        }
        return (spec, dropped)
    }

    /// A rule's `spec` written from the model, for a rule that was not read from a file.
    static func spec(of rule: DestinationRule) -> ManifestValue {
        func trafficPolicy(_ settings: DestinationRule.TLSSettings) -> ManifestValue? {
            guard !settings.isEmpty else { return nil }
            var entries: [ManifestValue.Entry] = []
            if let mode = settings.mode { entries.append(.init("tls", .map([.init("mode", .string(mode.rawValue))]))) }
            if !settings.portModes.isEmpty {
                let ports = settings.portModes.sorted { $0.key < $1.key }.map { port, mode in
                    ManifestValue.map([
                        .init("port", .map([.init("number", .number(String(port)))])),
                        .init("tls", .map([.init("mode", .string(mode.rawValue))])),
                    ])
                }
                entries.append(.init("portLevelSettings", .list(ports)))
            }
            return .map(entries)
        }
        var entries: [ManifestValue.Entry] = [.init("host", .string(rule.host))]
        if !rule.exportTo.isEmpty { entries.append(.init("exportTo", .list(rule.exportTo.map(ManifestValue.string)))) }
        if let policy = trafficPolicy(rule.tls) { entries.append(.init("trafficPolicy", policy)) }
        if !rule.subsets.isEmpty {
            let subsets = rule.subsets.map { subset in
                var fields: [ManifestValue.Entry] = [.init("name", .string(subset.name))]
                if !subset.labels.isEmpty { fields.append(.init("labels", .strings(subset.labels))) }
                if let policy = trafficPolicy(subset.tls) { fields.append(.init("trafficPolicy", policy)) }
                return ManifestValue.map(fields)
            }
            entries.append(.init("subsets", .list(subsets)))
        }
        return .map(entries)
    }
}
