import MeshtopTelemetry

/// The parts of a raw Envoy `/stats` TLS name: `listener.<addr>.ssl.<stat>`,
/// `cluster.<name>.ssl.<stat>` or `<scope>.ssl.certificate.<cert>.expiration_unix_time_seconds`.
///
/// Cluster names contain dots (`outbound|80||reviews.default.svc.cluster.local`), so the scope ends at the
/// last `.ssl.` for counters and at the first `.ssl.certificate.` for certificates.
struct RawSSLName {
    /// Whether the scope is a listener (inbound) rather than a cluster (outbound).
    var inbound: Bool
    /// The listener address or cluster name.
    var scope: UnsafeBufferPointer<UInt8>
    /// The counter; nil for `handshake` and for certificates.
    var reason: HandshakeFailureReason?
    /// The certificate name, for expiry gauges.
    var certificateName: UnsafeBufferPointer<UInt8>?

    init?(_ name: UnsafeBufferPointer<UInt8>) {
        let inbound = ByteText.hasPrefix(name, "listener.")
        let scopeStart = inbound ? 9 : 8
        let certificateSuffix: StaticString = ".expiration_unix_time_seconds"
        if ByteText.hasSuffix(name, certificateSuffix),
            let marker = Self.find(".ssl.certificate.", in: name, from: scopeStart, last: false)
        {
            let nameStart = marker + 17
            let nameEnd = name.count - certificateSuffix.utf8CodeUnitCount
            guard nameEnd > nameStart else { return nil }
            self.inbound = inbound
            self.scope = UnsafeBufferPointer(rebasing: name[scopeStart..<marker])
            self.reason = nil
            self.certificateName = UnsafeBufferPointer(rebasing: name[nameStart..<nameEnd])
            return
        }
        guard let marker = Self.find(".ssl.", in: name, from: scopeStart, last: true) else { return nil }
        let stat = UnsafeBufferPointer(rebasing: name[(marker + 5)...])
        if ByteText.equal(stat, "handshake") {
            self.reason = nil
        } else if let reason = HandshakeFailureReason(statBytes: stat) {
            self.reason = reason
        } else {
            return nil
        }
        self.inbound = inbound
        self.scope = UnsafeBufferPointer(rebasing: name[scopeStart..<marker])
        self.certificateName = nil
    }

    /// The offset of `needle` in `haystack` at or after `start` (the first or the last occurrence).
    private static func find(
        _ needle: StaticString,
        in haystack: UnsafeBufferPointer<UInt8>,
        from start: Int,
        last: Bool
    ) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard haystack.count >= start + count else { return nil }
        let positions = stride(from: start, through: haystack.count - count, by: 1)
        let matches = { (offset: Int) -> Bool in
            ByteText.equal(UnsafeBufferPointer(rebasing: haystack[offset..<offset + count]), needle)
        }
        if last { return positions.reversed().first(where: matches) }
        return positions.first(where: matches)
    }
}
