import MeshtopTelemetry

extension SeriesCatalog {
    /// An Envoy `ssl.*` counter of a listener (inbound) or a cluster (outbound).
    func describeHandshake(
        _ sample: SampleView,
        as name: TrackedName,
        source: Int32,
        metric: Int32
    ) -> SeriesDescriptor? {
        var descriptor = SeriesDescriptor(role: .handshake, source: source, metric: metric)
        (descriptor.namespace, descriptor.workload) = localWorkload(sample.labels, source: source)
        switch name {
        case .envoySSL(let inbound, let reason):
            descriptor.inbound = inbound
            descriptor.reason = reason
            let scopeLabel =
                inbound
                ? sample.labels.first(named: "listener_address") ?? sample.labels.first(named: "envoy_listener_address")
                : sample.labels.first(named: "cluster_name") ?? sample.labels.first(named: "envoy_cluster_name")
            if let scopeLabel { descriptor.scope = scope(of: intern(scopeLabel), inbound: inbound) }
        case .rawSSL:
            guard let raw = RawSSLName(sample.name) else { return nil }
            descriptor.inbound = raw.inbound
            descriptor.reason = raw.reason
            descriptor.scope = scope(of: intern(raw.scope), inbound: raw.inbound)
        default:
            return nil
        }
        return descriptor
    }

    /// The interned scope: a listener address, or the service of an Istio cluster `outbound|port|subset|host`
    /// (derived once per distinct cluster name).
    private func scope(of name: Int32, inbound: Bool) -> Int32 {
        guard !inbound else { return name }
        if let known = clusterServices[name] { return known }
        let text = strings.string(name)
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
        var service = name
        if parts.count == 4, parts[0] == "outbound", let host = parts.last, !host.isEmpty {
            service = strings.intern(String(host))
        }
        clusterServices[name] = service
        return service
    }

    /// A certificate expiry gauge of any kind the model knows.
    func describeCertificate(
        _ sample: SampleView,
        as name: TrackedName,
        source: Int32,
        metric: Int32
    ) -> SeriesDescriptor? {
        var descriptor = SeriesDescriptor(role: .certificate, source: source, metric: metric)
        (descriptor.namespace, descriptor.workload) = localWorkload(sample.labels, source: source)
        let labels = sample.labels
        switch name {
        case .istioAgentCertificate:
            let resource = labels.first(named: "resource_name")?.value ?? "default"
            descriptor.certificateKind = resource == "ROOTCA" ? .istioRoot : .workload
            descriptor.expiryValue = .secondsLeft
            descriptor.certificateName = strings.intern(resource)
        case .citadel(let root, let secondsLeft):
            descriptor.certificateKind = root ? .istioRoot : .istioChain
            descriptor.expiryValue = secondsLeft ? .secondsLeft : .absolute
            descriptor.certificateName = strings.intern(root ? "root" : "chain")
            descriptor.workload = -2
        case .envoyCertificate:
            describeEnvoyCertificate(sample, into: &descriptor)
        case .envoyDaysUntilFirstCert:
            descriptor.certificateKind = .envoyFirstExpiring
            descriptor.expiryValue = .daysLeft
            descriptor.certificateName = strings.intern("first expiring")
        case .certManager:
            describeNamedCertificate(labels, kind: .certManager, into: &descriptor)
        case .x509:
            describeNamedCertificate(labels, kind: .x509, into: &descriptor)
        case .linkerdIdentity:
            descriptor.certificateKind = .linkerd
            descriptor.certificateName = strings.intern("identity")
        default:
            return nil
        }
        return descriptor
    }

    private func describeEnvoyCertificate(_ sample: SampleView, into descriptor: inout SeriesDescriptor) {
        descriptor.certificateKind = .envoy
        if let raw = RawSSLName(sample.name), let name = raw.certificateName {
            descriptor.certificateName = intern(name)
            return
        }
        let label =
            sample.labels.first(named: "envoy_tls_certificate") ?? sample.labels.first(named: "tls_certificate")
            ?? sample.labels.first(named: "certificate")
        descriptor.certificateName = label.map { intern($0) } ?? strings.intern("certificate")
    }

    /// cert-manager and x509-certificate-exporter certificates: named by their Secret (or file), in the
    /// namespace of the Secret rather than the exporter's pod.
    private func describeNamedCertificate(
        _ labels: LabelList,
        kind: CertificateKind,
        into descriptor: inout SeriesDescriptor
    ) {
        descriptor.certificateKind = kind
        descriptor.workload = -2
        let namespace =
            kind == .certManager
            ? labels.first(named: "exported_namespace") ?? labels.first(named: "namespace")
            : labels.first(named: "secret_namespace") ?? labels.first(named: "configmap_namespace")
        if let namespace, !namespace.rawValue.isEmpty { descriptor.namespace = intern(namespace) }
        let candidates: [StaticString] =
            kind == .certManager
            ? ["exported_name", "name"] : ["secret_name", "configmap_name", "filepath", "subject_CN"]
        for candidate in candidates {
            if let label = labels.first(named: candidate), !label.rawValue.isEmpty {
                descriptor.certificateName = intern(label)
                break
            }
        }
        if kind == .x509, let key = labels.first(named: "secret_key"), !key.rawValue.isEmpty {
            descriptor.certificateName = strings.intern(
                strings.string(descriptor.certificateName) + "/" + key.value
            )
        }
    }
}
