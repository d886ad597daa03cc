import MeshtopTelemetry

extension SeriesCatalog {
    /// A Cloud Service Mesh series as Cloud Monitoring names it in PromQL: `service_server_*` is reported
    /// by the destination and decides the class (`MUTUAL_TLS`, `NONE`), `service_client_*` is the caller's
    /// view; `*_workload_name` and `*_workload_namespace` name the two ends. Series of another
    /// `monitored_resource` than ``TelemetryShape/cloudMonitoringResource``, or none, are ignored.
    func describeCloudMonitoring(
        _ sample: SampleView,
        figure: SeriesDescriptor.TrafficFigure,
        server: Bool,
        source: Int32,
        metric: Int32
    ) -> SeriesDescriptor? {
        var descriptor = SeriesDescriptor(role: .traffic, source: source, metric: metric)
        descriptor.figure = figure
        descriptor.reporter = server ? .destination : .source
        descriptor.shape = .cloudMonitoring
        var policy: LabelView?
        var counted = false
        for label in sample.labels {
            let name = label.name
            if ByteText.equal(name, "monitored_resource") {
                guard label.valueEquals(TelemetryShape.cloudMonitoringResource) else { return nil }
                counted = true
            } else if ByteText.equal(name, "service_authentication_policy") {
                policy = label
            } else if ByteText.equal(name, "source_workload_name") {
                descriptor.sourceWorkload = intern(label)
            } else if ByteText.equal(name, "source_workload_namespace") {
                descriptor.sourceNamespace = intern(label)
            } else if ByteText.equal(name, "source_principal") {
                descriptor.sourcePrincipal = intern(label)
            } else if ByteText.equal(name, "destination_workload_name") {
                descriptor.destinationWorkload = intern(label)
            } else if ByteText.equal(name, "destination_workload_namespace") {
                descriptor.destinationNamespace = intern(label)
            } else if ByteText.equal(name, "destination_principal") {
                descriptor.destinationPrincipal = intern(label)
            }
        }
        // Without a resource there is no telling which copy this is: query mode would not select it either.
        guard counted else { return nil }
        if let policy { descriptor.securityLabel = intern(policy) }
        descriptor.securityClass = Self.cloudMonitoringClass(server: server, policy: policy)
        if descriptor.destinationWorkload < 0 { descriptor.destinationWorkload = ByteInterner.unknown }
        if descriptor.destinationNamespace < 0 { descriptor.destinationNamespace = ByteInterner.unknown }
        return descriptor
    }

    /// The class rule for Cloud Service Mesh: only the server side decides; a policy that is neither
    /// `MUTUAL_TLS` nor `NONE` (unspecified) is unverified.
    static func cloudMonitoringClass(server: Bool, policy: LabelView?) -> SecurityClass {
        guard server, let policy else { return .unknown }
        if policy.valueEquals("MUTUAL_TLS") { return .mutualTLS }
        if policy.valueEquals("NONE") { return .plaintext }
        return .unverified
    }
}
