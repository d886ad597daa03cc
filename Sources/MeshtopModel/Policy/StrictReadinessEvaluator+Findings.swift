extension StrictReadinessEvaluator {
    /// Policy-weighted findings for plaintext in `inbound`: one per source, destination and port, its
    /// severity set by the effective mode where the plaintext arrives (see `FindingSeverity.plaintext`).
    package func trafficFindings(workloads: [PolicyWorkload], inbound: [InboundTraffic]) -> [PolicyFinding] {
        var known: [String: PolicyWorkload] = [:]
        for workload in workloads { known[workload.description] = workload }
        return inbound.filter { $0.plaintext > 0 }.map { traffic in
            let workload =
                known[traffic.destination]
                ?? PolicyWorkload.fromTelemetry(
                    namespace: traffic.destinationNamespace,
                    name: traffic.destinationWorkload,
                    app: nil,
                    version: nil
                )
            let setting = resolver.effectiveMode(for: workload).setting(forPort: traffic.port)
            let isNew = traffic.isNewPlaintextSource(after: criteria.newSourceAfter)
            return PolicyFinding(
                code: Self.code(for: setting.mode, unmeshed: traffic.source.isUnmeshed),
                severity: FindingSeverity.plaintext(into: setting.mode, isNewSource: isNew),
                subject: traffic.destination,
                port: traffic.port,
                message: Self.message(for: traffic, setting: setting, isNew: isNew),
                resources: setting.origin.reference.map { [$0] } ?? []
            )
        }.sorted()
    }

    private static func code(for mode: MutualTLSMode, unmeshed: Bool) -> FindingCode {
        switch mode {
        case .strict: unmeshed ? .unmeshedCallerIntoStrict : .plaintextIntoStrict
        case .permissive: .plaintextIntoPermissive
        case .disable: .plaintextIntoDisabled
        }
    }

    private static func message(for traffic: InboundTraffic, setting: EffectiveMode.Setting, isNew: Bool) -> String {
        let caller = traffic.source.isUnmeshed ? "caller without a proxy \(traffic.source)" : "\(traffic.source)"
        let port = traffic.port.map { " port \($0)" } ?? ""
        let count =
            traffic.plaintext.rounded() == traffic.plaintext ? String(Int64(traffic.plaintext)) : "\(traffic.plaintext)"
        var text =
            "\(count) plaintext requests/connections from \(caller) to \(traffic.destination)\(port), "
            + "which is \(setting)"
        if !traffic.destinationHasProxy {
            text += " (but \(traffic.destination) runs no proxy, so no policy applies to it)"
        } else if setting.mode == .strict {
            text += " (the proxy accepted it: a port exception, a missing proxy or stale configuration)"
        }
        if isNew { text += "; new source, not seen earlier in the window" }
        return text
    }
}
