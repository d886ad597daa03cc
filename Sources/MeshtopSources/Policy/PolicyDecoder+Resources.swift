import MeshtopModel

extension PolicyDecoder {
    /// A PeerAuthentication's `spec`: selector, mode and port-level modes.
    static func peerAuthentication(_ object: PolicyNode, _ metadata: Metadata) throws(PolicyNode.Failure)
        -> PeerAuthentication
    {
        let spec = try object.optional("spec")
        let selector = try spec?.optional("selector")?.optional("matchLabels")?.labels() ?? [:]
        let mode = try spec?.optional("mtls")?.optional("mode")?.enumeration(PeerAuthentication.Mode.self) ?? .unset
        var ports: [Int: PeerAuthentication.Mode] = [:]
        for (key, value) in try spec?.optional("portLevelMtls")?.entries() ?? [] {
            guard let port = Int(key), (1...65_535).contains(port) else {
                throw value.failure("port \"\(key)\" is not a number from 1 to 65535")
            }
            ports[port] = try value.optional("mode")?.enumeration(PeerAuthentication.Mode.self) ?? .unset
        }
        return PeerAuthentication(
            namespace: metadata.namespace,
            name: metadata.name,
            creationTime: metadata.creationTime,
            selector: selector,
            mode: mode,
            portLevelModes: ports
        )
    }

    /// A DestinationRule's `spec`: host, exportTo, and the TLS of its traffic policy and subsets.
    static func destinationRule(_ object: PolicyNode, _ metadata: Metadata) throws(PolicyNode.Failure)
        -> DestinationRule
    {
        let spec = try object.required("spec")
        let host = try spec.required("host").string()
        var exportTo: [String] = []
        for entry in try spec.optional("exportTo")?.elements() ?? [] { exportTo.append(try entry.string()) }
        var subsets: [DestinationRule.Subset] = []
        for subset in try spec.optional("subsets")?.elements() ?? [] {
            subsets.append(
                DestinationRule.Subset(
                    name: try subset.required("name").string(),
                    labels: try subset.optional("labels")?.labels() ?? [:],
                    tls: try tlsSettings(subset.optional("trafficPolicy"))
                )
            )
        }
        return DestinationRule(
            namespace: metadata.namespace,
            name: metadata.name,
            creationTime: metadata.creationTime,
            host: host,
            exportTo: exportTo,
            tls: try tlsSettings(spec.optional("trafficPolicy")),
            subsets: subsets
        )
    }

    private static func tlsSettings(_ trafficPolicy: PolicyNode?) throws(PolicyNode.Failure)
        -> DestinationRule.TLSSettings
    {
        guard let trafficPolicy else { return DestinationRule.TLSSettings() }
        var settings = DestinationRule.TLSSettings(mode: try clientMode(trafficPolicy.optional("tls")))
        for portSetting in try trafficPolicy.optional("portLevelSettings")?.elements() ?? [] {
            let number = try portSetting.required("port").required("number")
            let port = try number.integer()
            guard (1...65_535).contains(port) else { throw number.failure("not a port number from 1 to 65535") }
            if let mode = try clientMode(portSetting.optional("tls")) { settings.portModes[port] = mode }
        }
        return settings
    }

    private static func clientMode(_ tls: PolicyNode?) throws(PolicyNode.Failure) -> DestinationRule.ClientTLSMode? {
        try tls?.optional("mode")?.enumeration(DestinationRule.ClientTLSMode.self)
    }
}
