/// Whether a namespace or workload can be switched to STRICT now, and if not, who would break.
package enum StrictReadiness: Sendable, Hashable, Codable, CustomStringConvertible {
    /// All inbound traffic seen was mutual TLS, and there was enough of it.
    case ready
    /// These callers, ports or rules would break under STRICT.
    case blocked([ReadinessBlocker])
    /// Too little traffic was seen to tell.
    case noData
    /// The effective mode is STRICT already.
    case alreadyStrict

    /// `READY`, `BLOCKED (3)`, `NO DATA`, `ALREADY STRICT`.
    package var description: String {
        switch self {
        case .ready: "READY"
        case .blocked(let blockers): "BLOCKED (\(blockers.count))"
        case .noData: "NO DATA"
        case .alreadyStrict: "ALREADY STRICT"
        }
    }

    /// The blockers, empty unless `.blocked`.
    package var blockers: [ReadinessBlocker] {
        if case .blocked(let blockers) = self { return blockers }
        return []
    }
}

/// One reason a switch to STRICT would break traffic.
package struct ReadinessBlocker: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Why it blocks.
    package enum Kind: String, Sendable, Hashable, Codable {
        /// A meshed caller sends plaintext.
        case plaintextCaller = "plaintext-caller"
        /// A caller without a proxy (or unknown to the mesh) sends plaintext or cannot do mTLS.
        case unmeshedCaller = "unmeshed-caller"
        /// Traffic whose security the telemetry reports as `unknown`: not proven mutual TLS.
        case unverifiedTraffic = "unverified-traffic"
        /// The destination itself runs no proxy: STRICT cannot apply until one is injected.
        case destinationWithoutProxy = "destination-without-proxy"
        /// A DestinationRule makes clients send plaintext or TLS without a client certificate.
        case destinationRuleDisablesTLS = "destination-rule-without-mtls"

        /// The words shown to an operator (`plaintext caller`).
        package var title: String {
            switch self {
            case .plaintextCaller: "plaintext caller"
            case .unmeshedCaller: "unmeshed caller"
            case .unverifiedTraffic: "unverified traffic"
            case .destinationWithoutProxy: "no proxy at destination"
            case .destinationRuleDisablesTLS: "DestinationRule without mTLS"
            }
        }
    }

    /// Why it blocks.
    package var kind: Kind
    /// The caller (`namespace/workload`) or the rule (`namespace/name`).
    package var source: String
    /// The destination workload (`namespace/workload`).
    package var destination: String
    /// The destination port, when known.
    package var port: Int?
    /// How many non-mTLS requests and connections were seen (0 for rules).
    package var observations: Double

    /// Creates a blocker.
    package init(kind: Kind, source: String, destination: String, port: Int? = nil, observations: Double = 0) {
        self.kind = kind
        self.source = source
        self.destination = destination
        self.port = port
        self.observations = observations
    }

    /// `plaintext caller legacy/batch -> shop/cart:8080 (42 seen)`.
    package var description: String {
        let portText = port.map { ":\($0)" } ?? ""
        let seen = kind == .destinationRuleDisablesTLS ? "" : " (\(Self.count(observations)) seen)"
        return "\(kind.title) \(source) -> \(destination)\(portText)\(seen)"
    }

    /// Orders by destination, kind, source, then port.
    package static func < (lhs: ReadinessBlocker, rhs: ReadinessBlocker) -> Bool {
        (lhs.destination, lhs.kind.title, lhs.source, lhs.port ?? -1)
            < (rhs.destination, rhs.kind.title, rhs.source, rhs.port ?? -1)
    }

    private static func count(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
