import MeshtopModel

extension ClassCounts {
    /// The share of all traffic, unknown included, that is mutual TLS, or nil without traffic.
    package var mutualTLSShare: Double? { total > 0 ? mutualTLS / total : nil }
}
