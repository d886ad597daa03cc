/// Traffic from one source to one destination workload (and port, when known) over a window, by security
/// class, as destination-side telemetry reports it. Readiness and policy-weighted alerts are computed from it.
package struct InboundTraffic: Sendable, Hashable, Codable {
    /// The calling side.
    package struct Source: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The caller's namespace (`unknown` when telemetry does not know it).
        package var namespace: String
        /// The caller's workload (`unknown` for a client outside the mesh).
        package var workload: String
        /// The caller's SPIFFE principal, when it presented one.
        package var principal: String?
        /// Whether the caller has a proxy; `nil` when telemetry does not say.
        package var hasProxy: Bool?

        /// Creates a source.
        package init(namespace: String, workload: String, principal: String? = nil, hasProxy: Bool? = nil) {
            self.namespace = namespace
            self.workload = workload
            self.principal = principal
            self.hasProxy = hasProxy
        }

        /// True for a caller known to run without a proxy, or that telemetry cannot name at all.
        package var isUnmeshed: Bool { hasProxy == false || workload == "unknown" }

        /// `namespace/workload`.
        package var description: String { "\(namespace)/\(workload)" }
    }

    /// The caller.
    package var source: Source
    /// The destination workload's namespace.
    package var destinationNamespace: String
    /// The destination workload.
    package var destinationWorkload: String
    /// The destination (target) port, when the telemetry carries it.
    package var port: Int?
    /// Requests plus connections seen with `connection_security_policy="mutual_tls"`.
    package var mutualTLS: Double
    /// Requests plus connections seen with `connection_security_policy="none"`.
    package var plaintext: Double
    /// Requests plus connections whose security is `unknown`.
    package var unknown: Double
    /// When plaintext from this source was first seen in the window (milliseconds), if ever.
    package var plaintextFirstSeen: Int64?
    /// False when only callers reported the traffic: the destination runs no proxy, so STRICT cannot
    /// apply to it until one is injected.
    package var destinationHasProxy: Bool
    /// The plaintext and unknown part (what a STRICT destination would refuse), split into requests and
    /// connections, with per-second rates when the window has them.
    package var insecure: TrafficFigures

    /// Creates a traffic record; without `insecure`, the plaintext and unknown counts are taken as
    /// requests, without rates.
    package init(
        source: Source,
        destinationNamespace: String,
        destinationWorkload: String,
        port: Int? = nil,
        mutualTLS: Double = 0,
        plaintext: Double = 0,
        unknown: Double = 0,
        plaintextFirstSeen: Int64? = nil,
        destinationHasProxy: Bool = true,
        insecure: TrafficFigures? = nil
    ) {
        self.source = source
        self.destinationNamespace = destinationNamespace
        self.destinationWorkload = destinationWorkload
        self.port = port
        self.mutualTLS = mutualTLS
        self.plaintext = plaintext
        self.unknown = unknown
        self.plaintextFirstSeen = plaintextFirstSeen
        self.destinationHasProxy = destinationHasProxy
        self.insecure = insecure ?? TrafficFigures(requests: plaintext + unknown)
    }

    /// Everything observed, whatever its class.
    package var total: Double { mutualTLS + plaintext + unknown }

    /// `namespace/workload` of the destination.
    package var destination: String { "\(destinationNamespace)/\(destinationWorkload)" }

    /// True when the plaintext first appeared after `threshold`: a source not seen earlier in the window.
    package func isNewPlaintextSource(after threshold: Int64?) -> Bool {
        guard let threshold, let first = plaintextFirstSeen else { return false }
        return first > threshold
    }
}
