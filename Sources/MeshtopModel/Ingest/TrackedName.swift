import MeshtopTelemetry

/// The series names the model uses, recognised from the name bytes before any label is looked at.
enum TrackedName: Equatable {
    /// `istio_requests_total`.
    case istioRequests
    /// `istio_tcp_connections_opened_total`.
    case istioTCPOpened
    /// `istio_tcp_sent_bytes_total` or `istio_tcp_received_bytes_total`.
    case istioTCPBytes
    /// Linkerd `request_total`.
    case linkerdRequests
    /// Linkerd `tcp_open_total`.
    case linkerdTCPOpen
    /// `envoy_listener_ssl_<stat>` (inbound) or `envoy_cluster_ssl_<stat>`; a nil reason is `handshake`.
    case envoySSL(inbound: Bool, reason: HandshakeFailureReason?)
    /// Raw Envoy `/stats` `listener.<addr>.ssl.<stat>` or `cluster.<name>.ssl.<stat>` (scope parsed later).
    case rawSSL
    /// `envoy_{listener,cluster}_ssl_certificate_expiration_unix_time_seconds` or the raw
    /// `….ssl.certificate.<name>.expiration_unix_time_seconds`.
    case envoyCertificate
    /// `envoy_server_days_until_first_cert_expiring` or `server.days_until_first_cert_expiring`.
    case envoyDaysUntilFirstCert
    /// `istio_agent_cert_expiry_seconds`.
    case istioAgentCertificate
    /// `citadel_server_{root_cert,cert_chain}_expiry_{timestamp,seconds}`.
    case citadel(root: Bool, secondsLeft: Bool)
    /// `certmanager_certificate_expiration_timestamp_seconds`.
    case certManager
    /// `x509_cert_not_after`.
    case x509
    /// `identity_cert_expiration_timestamp_seconds`.
    case linkerdIdentity
    /// `istio_build`: tells a ztunnel from a sidecar.
    case istioBuild
    /// Cloud Service Mesh's `istio_io:service_{server,client}_request_count` (`server` when the destination
    /// reported it).
    case cloudMonitoringRequests(server: Bool)
    /// Cloud Service Mesh's `istio_io:service_{server,client}_connection_open_count`.
    case cloudMonitoringConnections(server: Bool)

    /// Recognises `name`, or nil for a series the model ignores.
    /// - Complexity: a length and first-byte check, then a few byte comparisons; no allocation.
    @inline(__always)
    init?(_ name: UnsafeBufferPointer<UInt8>) {
        guard name.count >= 11, let first = name.first else { return nil }
        switch first {
        case UInt8(ascii: "i"): self.init(istio: name)
        case UInt8(ascii: "e"): self.init(envoy: name)
        case UInt8(ascii: "r"):
            guard ByteText.equal(name, "request_total") else { return nil }
            self = .linkerdRequests
        case UInt8(ascii: "t"):
            guard ByteText.equal(name, "tcp_open_total") else { return nil }
            self = .linkerdTCPOpen
        case UInt8(ascii: "c"): self.init(certificateAuthority: name)
        case UInt8(ascii: "x"):
            guard ByteText.equal(name, "x509_cert_not_after") else { return nil }
            self = .x509
        case UInt8(ascii: "l"), UInt8(ascii: "s"): self.init(rawEnvoy: name)
        default: return nil
        }
    }

    private init?(istio name: UnsafeBufferPointer<UInt8>) {
        if ByteText.equal(name, "istio_requests_total") {
            self = .istioRequests
        } else if ByteText.equal(name, "istio_tcp_connections_opened_total") {
            self = .istioTCPOpened
        } else if ByteText.equal(name, "istio_tcp_sent_bytes_total")
            || ByteText.equal(name, "istio_tcp_received_bytes_total")
        {
            self = .istioTCPBytes
        } else if ByteText.equal(name, "istio_agent_cert_expiry_seconds") {
            self = .istioAgentCertificate
        } else if ByteText.equal(name, "istio_build") {
            self = .istioBuild
        } else if ByteText.equal(name, "identity_cert_expiration_timestamp_seconds") {
            self = .linkerdIdentity
        } else if ByteText.hasPrefix(name, "istio_io:service_") {
            self.init(cloudMonitoring: UnsafeBufferPointer(rebasing: name[17...]))
        } else {
            return nil
        }
    }

    /// The part of a Cloud Monitoring name after `istio_io:service_`.
    private init?(cloudMonitoring rest: UnsafeBufferPointer<UInt8>) {
        if ByteText.equal(rest, "server_request_count") {
            self = .cloudMonitoringRequests(server: true)
        } else if ByteText.equal(rest, "client_request_count") {
            self = .cloudMonitoringRequests(server: false)
        } else if ByteText.equal(rest, "server_connection_open_count") {
            self = .cloudMonitoringConnections(server: true)
        } else if ByteText.equal(rest, "client_connection_open_count") {
            self = .cloudMonitoringConnections(server: false)
        } else {
            return nil
        }
    }

    /// The telemetry shape a traffic series of this name belongs to; nil for every other series.
    var telemetryShape: TelemetryShape? {
        switch self {
        case .istioRequests, .istioTCPOpened, .istioTCPBytes: .istio
        case .cloudMonitoringRequests, .cloudMonitoringConnections: .cloudMonitoring
        default: nil
        }
    }

    private init?(envoy name: UnsafeBufferPointer<UInt8>) {
        if ByteText.hasPrefix(name, "envoy_listener_ssl_") {
            self.init(envoySSL: name, prefixLength: 19, inbound: true)
        } else if ByteText.hasPrefix(name, "envoy_cluster_ssl_") {
            self.init(envoySSL: name, prefixLength: 18, inbound: false)
        } else if ByteText.equal(name, "envoy_server_days_until_first_cert_expiring") {
            self = .envoyDaysUntilFirstCert
        } else {
            return nil
        }
    }

    private init?(envoySSL name: UnsafeBufferPointer<UInt8>, prefixLength: Int, inbound: Bool) {
        let stat = UnsafeBufferPointer(rebasing: name[prefixLength...])
        if ByteText.equal(stat, "handshake") {
            self = .envoySSL(inbound: inbound, reason: nil)
        } else if ByteText.equal(stat, "certificate_expiration_unix_time_seconds") {
            self = .envoyCertificate
        } else if let reason = HandshakeFailureReason(statBytes: stat) {
            self = .envoySSL(inbound: inbound, reason: reason)
        } else {
            return nil
        }
    }

    private init?(certificateAuthority name: UnsafeBufferPointer<UInt8>) {
        if ByteText.equal(name, "certmanager_certificate_expiration_timestamp_seconds") {
            self = .certManager
        } else if ByteText.equal(name, "citadel_server_root_cert_expiry_timestamp")
            // Citadel, the CA of Istio 1.4 and earlier, named its root gauge with the component twice.
            || ByteText.equal(name, "citadel_server_citadel_root_cert_expiry_timestamp")
        {
            self = .citadel(root: true, secondsLeft: false)
        } else if ByteText.equal(name, "citadel_server_cert_chain_expiry_timestamp") {
            self = .citadel(root: false, secondsLeft: false)
        } else if ByteText.equal(name, "citadel_server_root_cert_expiry_seconds") {
            self = .citadel(root: true, secondsLeft: true)
        } else if ByteText.equal(name, "citadel_server_cert_chain_expiry_seconds") {
            self = .citadel(root: false, secondsLeft: true)
        } else if ByteText.hasPrefix(name, "cluster.") {
            self.init(rawEnvoy: name)
        } else {
            return nil
        }
    }

    private init?(rawEnvoy name: UnsafeBufferPointer<UInt8>) {
        if ByteText.equal(name, "server.days_until_first_cert_expiring") {
            self = .envoyDaysUntilFirstCert
            return
        }
        guard ByteText.hasPrefix(name, "listener.") || ByteText.hasPrefix(name, "cluster.") else { return nil }
        guard let parts = RawSSLName(name) else { return nil }
        self = parts.certificateName == nil ? .rawSSL : .envoyCertificate
    }
}

extension HandshakeFailureReason {
    /// Finds the reason for the stat name bytes after `ssl.` / `ssl_`, without allocating.
    init?(statBytes: UnsafeBufferPointer<UInt8>) {
        guard let reason = Self.allCases.first(where: { ByteText.equal(statBytes, $0.staticStatName) }) else {
            return nil
        }
        self = reason
    }
}
