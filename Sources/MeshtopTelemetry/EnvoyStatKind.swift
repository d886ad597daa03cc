/// The kind meshtop gives an integer Envoy stat, which the `/stats` text does not say.
///
/// The rule, applied to the mapped series name (`envoy_cluster_upstream_cx_active`):
/// 1. a **gauge** when the name ends in a known gauge word: `_active`, `_buffered`, `_open` (circuit
///    breakers), `_draining`, `_warming`, `remaining_*`, `membership_{healthy,degraded,excluded,total}`,
///    `max_host_weight`, `_version`, `_state`, `_live`, `_uptime`, `_concurrency`, memory sizes,
///    `_connections`, `_clusters`, `hot_restart_epoch`, `days_until_first_cert_expiring`,
///    `seconds_until_first_ocsp_response_expiring`, `expiration_unix_time_seconds`, `istio_build`;
/// 2. otherwise a **counter** when the stat is scoped to a cluster or listener (Envoy's cluster and
///    listener stats are counters unless listed above), or when the name ends in `_total`;
/// 3. otherwise **untyped**.
enum EnvoyStatKind {
    /// The kind for the series called `name`; `scoped` says whether it carried a cluster or listener.
    @inline(__always)
    static func kind(of name: UnsafeBufferPointer<UInt8>, scoped: Bool) -> MetricKind {
        if isGauge(name) { return .gauge }
        if scoped || ByteText.hasSuffix(name, "_total") { return .counter }
        return .untyped
    }

    /// Whether `name` ends in one of the known gauge words (switching on the last byte keeps this cheap).
    static func isGauge(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = name.last else { return false }
        switch last {
        case UInt8(ascii: "e"):
            return ByteText.hasSuffix(name, "_active") || ByteText.hasSuffix(name, "_state")
                || ByteText.hasSuffix(name, "max_host_weight") || ByteText.hasSuffix(name, "_live")
                || ByteText.hasSuffix(name, "_uptime") || ByteText.hasSuffix(name, "memory_heap_size")
                || ByteText.hasSuffix(name, "memory_physical_size")
        case UInt8(ascii: "d"):
            return ByteText.hasSuffix(name, "_buffered") || ByteText.hasSuffix(name, "membership_degraded")
                || ByteText.hasSuffix(name, "membership_excluded") || ByteText.hasSuffix(name, "memory_allocated")
                || ByteText.hasSuffix(name, "istio_build")
        case UInt8(ascii: "n"):
            return ByteText.hasSuffix(name, "_open") || ByteText.hasSuffix(name, "_version")
        case UInt8(ascii: "y"):
            return ByteText.hasSuffix(name, "membership_healthy") || ByteText.hasSuffix(name, "_concurrency")
        case UInt8(ascii: "l"):
            return ByteText.hasSuffix(name, "membership_total")
        case UInt8(ascii: "g"):
            return ByteText.hasSuffix(name, "_draining") || ByteText.hasSuffix(name, "_warming")
                || ByteText.hasSuffix(name, "days_until_first_cert_expiring")
                || ByteText.hasSuffix(name, "seconds_until_first_ocsp_response_expiring")
                || ByteText.hasSuffix(name, "remaining_pending")
        case UInt8(ascii: "s"):
            return ByteText.hasSuffix(name, "expiration_unix_time_seconds") || ByteText.hasSuffix(name, "_connections")
                || ByteText.hasSuffix(name, "_clusters") || ByteText.hasSuffix(name, "remaining_retries")
                || ByteText.hasSuffix(name, "remaining_cx_pools")
        case UInt8(ascii: "x"):
            return ByteText.hasSuffix(name, "remaining_cx")
        case UInt8(ascii: "q"):
            return ByteText.hasSuffix(name, "remaining_rq")
        case UInt8(ascii: "h"):
            return ByteText.hasSuffix(name, "hot_restart_epoch")
        default:
            return false
        }
    }
}
