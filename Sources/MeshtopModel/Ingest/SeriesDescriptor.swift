/// What one tracked series means for the model: decided once, when the series is first seen.
///
/// Strings are interned ids (``ByteInterner``); `-1` for a workload means "the workload the source
/// itself belongs to", resolved per source when a snapshot is built.
struct SeriesDescriptor {
    /// The role of the series.
    enum Role: UInt8 {
        /// Requests, TCP connections or bytes between two workloads.
        case traffic
        /// An Envoy `ssl.*` counter of a listener or cluster.
        case handshake
        /// A certificate expiry gauge.
        case certificate
    }

    /// Which traffic figure a traffic series adds to.
    enum TrafficFigure: UInt8 {
        case requests
        case tcpConnections
        case tcpBytes
    }

    /// How a certificate gauge's value turns into a not-after time.
    enum ExpiryValue: UInt8 {
        /// Unix seconds.
        case absolute
        /// Seconds left at the scrape time.
        case secondsLeft
        /// Whole days left at the scrape time.
        case daysLeft
    }

    var role: Role
    var source: Int32
    /// The interned series name, for evidence.
    var metric: Int32

    // Traffic.
    var figure: TrafficFigure = .requests
    var reporter: Reporter = .destination
    var securityClass: SecurityClass = .unknown
    var proxyKind: ProxyKind = .sidecar
    var sourceNamespace: Int32 = ByteInterner.unknown
    var sourceWorkload: Int32 = ByteInterner.unknown
    var sourcePrincipal: Int32 = ByteInterner.unknown
    var destinationNamespace: Int32 = -1
    var destinationWorkload: Int32 = -1
    var destinationPrincipal: Int32 = ByteInterner.unknown
    /// Which telemetry shape a traffic series belongs to (Linkerd series count as Istio's: they are never
    /// set aside for another shape).
    var shape: TelemetryShape = .istio
    /// The raw security label (`connection_security_policy` or Linkerd `tls`/`no_tls_reason`), for evidence.
    var securityLabel: Int32 = ByteInterner.empty

    // Handshake: `reason` is nil for `ssl.handshake`.
    var inbound: Bool = true
    var reason: HandshakeFailureReason?
    /// The listener address or destination service.
    var scope: Int32 = ByteInterner.empty

    // Certificate.
    var certificateKind: CertificateKind = .workload
    var expiryValue: ExpiryValue = .absolute
    var certificateName: Int32 = ByteInterner.empty

    // Attribution of handshake and certificate series (and the local side of Linkerd series).
    var namespace: Int32 = -1
    var workload: Int32 = -1

    init(role: Role, source: Int32, metric: Int32) {
        self.role = role
        self.source = source
        self.metric = metric
    }
}
