import MeshtopTelemetry

extension SeriesCatalog {
    /// Decides what a series first seen means, or nil to ignore it from now on.
    func describe(_ sample: SampleView, as name: TrackedName, source: Int32) -> SeriesDescriptor? {
        let metric = intern(sample.name)
        switch name {
        case .istioRequests: return describeIstio(sample, figure: .requests, source: source, metric: metric)
        case .istioTCPOpened: return describeIstio(sample, figure: .tcpConnections, source: source, metric: metric)
        case .istioTCPBytes: return describeIstio(sample, figure: .tcpBytes, source: source, metric: metric)
        case .linkerdRequests: return describeLinkerd(sample, figure: .requests, source: source, metric: metric)
        case .linkerdTCPOpen: return describeLinkerd(sample, figure: .tcpConnections, source: source, metric: metric)
        case .envoySSL, .rawSSL: return describeHandshake(sample, as: name, source: source, metric: metric)
        case .cloudMonitoringRequests(let server):
            return describeCloudMonitoring(sample, figure: .requests, server: server, source: source, metric: metric)
        case .cloudMonitoringConnections(let server):
            return describeCloudMonitoring(
                sample,
                figure: .tcpConnections,
                server: server,
                source: source,
                metric: metric
            )
        default: return describeCertificate(sample, as: name, source: source, metric: metric)
        }
    }

    /// An Istio standard metric (sidecar, ztunnel or waypoint).
    private func describeIstio(
        _ sample: SampleView,
        figure: SeriesDescriptor.TrafficFigure,
        source: Int32,
        metric: Int32
    ) -> SeriesDescriptor {
        var descriptor = SeriesDescriptor(role: .traffic, source: source, metric: metric)
        descriptor.figure = figure
        descriptor.reporter = .source
        var policy: LabelView?
        for label in sample.labels {
            let labelName = label.name
            if ByteText.equal(labelName, "reporter") {
                if label.valueEquals("destination") {
                    descriptor.reporter = .destination
                } else if label.valueEquals("waypoint") {
                    descriptor.reporter = .waypoint
                }
            } else if ByteText.equal(labelName, "connection_security_policy") {
                policy = label
            } else if ByteText.equal(labelName, "source_workload") {
                descriptor.sourceWorkload = intern(label)
            } else if ByteText.equal(labelName, "source_workload_namespace") {
                descriptor.sourceNamespace = intern(label)
            } else if ByteText.equal(labelName, "source_principal") {
                descriptor.sourcePrincipal = intern(label)
            } else if ByteText.equal(labelName, "destination_workload") {
                descriptor.destinationWorkload = intern(label)
            } else if ByteText.equal(labelName, "destination_workload_namespace") {
                descriptor.destinationNamespace = intern(label)
            } else if ByteText.equal(labelName, "destination_principal") {
                descriptor.destinationPrincipal = intern(label)
            } else if ByteText.equal(labelName, "pod"), ByteText.hasPrefix(label.rawValue, "ztunnel") {
                descriptor.proxyKind = .ztunnel
            }
        }
        if descriptor.reporter == .waypoint { descriptor.proxyKind = .waypoint }
        if let policy { descriptor.securityLabel = intern(policy) }
        descriptor.securityClass = Self.istioClass(reporter: descriptor.reporter, policy: policy)
        if descriptor.destinationWorkload < 0 { descriptor.destinationWorkload = ByteInterner.unknown }
        if descriptor.destinationNamespace < 0 { descriptor.destinationNamespace = ByteInterner.unknown }
        return descriptor
    }

    /// The class rule for Istio: only destination-side reports decide; `unknown` there is unverified.
    static func istioClass(reporter: Reporter, policy: LabelView?) -> SecurityClass {
        guard reporter.decidesClass, let policy else { return .unknown }
        if policy.valueEquals("mutual_tls") { return .mutualTLS }
        if policy.valueEquals("none") { return .plaintext }
        return .unverified
    }

    /// A Linkerd proxy metric: inbound series decide the class, outbound ones are the caller's view.
    private func describeLinkerd(
        _ sample: SampleView,
        figure: SeriesDescriptor.TrafficFigure,
        source: Int32,
        metric: Int32
    ) -> SeriesDescriptor? {
        let labels = sample.labels
        guard let direction = labels.first(named: "direction") else { return nil }
        let inbound = direction.valueEquals("inbound")
        guard inbound || direction.valueEquals("outbound") else { return nil }
        if figure == .tcpConnections, let peer = labels.first(named: "peer") {
            // Inbound connections accepted from clients (`src`) and outbound ones to servers (`dst`).
            guard peer.valueEquals(inbound ? "src" : "dst") else { return nil }
        }
        if let reason = labels.first(named: "no_tls_reason"), reason.valueEquals("loopback") { return nil }
        if let port = labels.first(named: "target_port"), ignoredPorts.contains(port.value) { return nil }
        var descriptor = SeriesDescriptor(role: .traffic, source: source, metric: metric)
        descriptor.figure = figure
        descriptor.proxyKind = .linkerd
        descriptor.reporter = inbound ? .destination : .source
        let tls = labels.first(named: "tls")
        descriptor.securityClass = inbound ? Self.linkerdClass(tls: tls) : .unknown
        let reason = labels.first(named: "no_tls_reason")
        descriptor.securityLabel = (reason ?? tls).map { intern($0) } ?? ByteInterner.empty
        let local = localWorkload(labels, source: source)
        if inbound {
            (descriptor.destinationNamespace, descriptor.destinationWorkload) = local
            if let client = labels.first(named: "client_id"), descriptor.securityClass == .mutualTLS {
                describeLinkerdPeer(client, into: &descriptor)
            }
        } else {
            (descriptor.sourceNamespace, descriptor.sourceWorkload) = local
            descriptor.destinationNamespace =
                labels.first(named: "dst_namespace").map { intern($0) } ?? ByteInterner.unknown
            descriptor.destinationWorkload =
                labels.first(named: "dst_deployment").map { intern($0) } ?? ByteInterner.unknown
            if let server = labels.first(named: "server_id") { descriptor.destinationPrincipal = intern(server) }
        }
        return descriptor
    }

    /// The Linkerd class rule for inbound series.
    static func linkerdClass(tls: LabelView?) -> SecurityClass {
        guard let tls else { return .unknown }
        if tls.valueEquals("true") { return .mutualTLS }
        if tls.valueEquals("no_identity") || tls.valueEquals("disabled") { return .plaintext }
        return .unverified
    }

    /// Names the caller of a Linkerd inbound series from its `client_id`
    /// (`<serviceaccount>.<namespace>.serviceaccount.identity.linkerd.<trust domain>`).
    private func describeLinkerdPeer(_ client: LabelView, into descriptor: inout SeriesDescriptor) {
        let identity = client.value
        descriptor.sourcePrincipal = strings.intern(identity)
        let parts = identity.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("serviceaccount.") else { return }
        descriptor.sourceNamespace = strings.intern(String(parts[1]))
        descriptor.sourceWorkload = strings.intern(String(parts[0]))
    }

    /// The workload a series belongs to from Prometheus target labels (`namespace` plus `deployment` or
    /// `pod`) or Consul dataplane tags, or `-1` ids: the source's own workload, resolved later.
    func localWorkload(_ labels: LabelList, source: Int32) -> (Int32, Int32) {
        var namespace: LabelView?
        var workload: Int32?
        var pod: LabelView?
        for label in labels {
            let name = label.name
            if ByteText.equal(name, "namespace") || ByteText.equal(name, "consul_source_namespace") {
                namespace = label
            } else if ByteText.equal(name, "deployment") || ByteText.equal(name, "consul_source_service") {
                workload = intern(label)
            } else if ByteText.equal(name, "pod") {
                pod = label
            }
        }
        if workload == nil, let pod { workload = podWorkload(pod) }
        guard let namespace, let workload else { return (-1, -1) }
        return (intern(namespace), workload)
    }

    /// The workload of a pod, derived once per distinct pod name.
    private func podWorkload(_ pod: LabelView) -> Int32 {
        let podID = intern(pod)
        if let known = podWorkloads[podID] { return known }
        let workload = strings.intern(PodName.workload(of: strings.string(podID)))
        podWorkloads[podID] = workload
        return workload
    }
}
