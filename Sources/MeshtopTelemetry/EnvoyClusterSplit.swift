/// Finds where a dotted cluster name ends in `cluster.<name>.<stat>` when Istio's `;` delimiter is absent.
///
/// Cluster names contain dots (`outbound|80||catalog.ns.svc.cluster.local`, Consul's
/// `db.default.dc1.internal.<uuid>.consul`), and so do some stats (`ssl.versions.TLSv1.3`,
/// `circuit_breakers.default.cx_open`). The split taken is the longest cluster name that leaves a known
/// cluster stat; `internal.`, `external.` and `canary.` in front of an `upstream_*` stat belong to the stat
/// (zone stats, `zone.<from>.<to>.upstream_*`, are not recognised: the zone stays in the cluster name).
/// Unknown stats fall back to Istio's pre-1.23 rule (up to `.svc.cluster.local`) and then to
/// Envoy's default (the first dot).
enum EnvoyClusterSplit {
    /// Where the cluster name ends and the stat starts in `rest` (the text after `cluster.`).
    ///
    /// Istio >= 1.23 ends cluster names with `;` (tag regex `^cluster(\.(.+);)`): a `;` just before the
    /// split dot is left out of the name, and unknown stats are looked for after a `;.` before anything else.
    /// `splitsAlone` says the stat is a known one that no qualifier was moved into, so it would split the
    /// same after any cluster name (see ``EnvoyClusterMemo``).
    static func split(_ rest: UnsafeBufferPointer<UInt8>) -> (nameEnd: Int, statStart: Int, splitsAlone: Bool)? {
        var index = lastDot(in: rest, atOrBefore: rest.count - 2)
        var segments = 1
        while index > 0 {
            if isKnownStat(rest.slice(from: index + 1), segments: segments) {
                let dot = widened(rest, dot: index)
                return (rest[dot - 1] == UInt8(ascii: ";") && dot > 1 ? dot - 1 : dot, dot + 1, dot == index)
            }
            segments += 1
            index = lastDot(in: rest, atOrBefore: index - 1)
        }
        for index in 1..<max(rest.count - 1, 1) where rest[index] == UInt8(ascii: ";") {
            if rest[index + 1] == UInt8(ascii: "."), index + 2 < rest.count { return (index, index + 2, false) }
        }
        return fallback(rest).map { ($0, $0 + 1, false) }
    }

    /// The index of the last `.` at or before `index` (and after 0), or 0 when there is none; eight bytes
    /// at a time.
    @inline(__always)
    static func lastDot(in bytes: UnsafeBufferPointer<UInt8>, atOrBefore index: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var index = index
        while index >= 8 {
            // Exact zero-byte test after xor with `.` (0x2E): no borrow crosses bytes.
            let word = UnsafeRawPointer(base + index - 7).loadUnaligned(as: UInt64.self) ^ 0x2E2E_2E2E_2E2E_2E2E
            let low7 = 0x7F7F_7F7F_7F7F_7F7F as UInt64
            let zeros = ~(((word & low7) &+ low7) | word | low7)
            if zeros != 0 { return index - 7 + (63 - zeros.leadingZeroBitCount) / 8 }
            index -= 8
        }
        while index > 0 {
            if base[index] == UInt8(ascii: ".") { return index }
            index -= 1
        }
        return 0
    }

    /// Whether `stat`, made of `segments` dot-separated parts, is a cluster statistic Envoy emits (the first
    /// part decides, mostly).
    static func isKnownStat(_ stat: UnsafeBufferPointer<UInt8>, segments: Int) -> Bool {
        let single = segments == 1
        switch stat[0] {
        case UInt8(ascii: "u"):
            return (ByteText.hasPrefix(stat, "upstream_") || ByteText.hasPrefix(stat, "update_")) && single
        case UInt8(ascii: "l"):
            return ByteText.hasPrefix(stat, "lb_") && single
        case UInt8(ascii: "m"):
            return (ByteText.hasPrefix(stat, "membership_") && single) || ByteText.equal(stat, "max_host_weight")
        case UInt8(ascii: "s"):
            return ByteText.hasPrefix(stat, "ssl.") && stat.count > 4
        case UInt8(ascii: "c"):
            return ByteText.hasPrefix(stat, "circuit_breakers.")
                || ByteText.hasPrefix(stat, "client_ssl_socket_factory.")
        case UInt8(ascii: "a"):
            return ByteText.hasPrefix(stat, "assignment_") && single
        case UInt8(ascii: "b"):
            return ByteText.equal(stat, "bind_errors")
        case UInt8(ascii: "o"):
            return ByteText.equal(stat, "original_dst_host_invalid") || ByteText.hasPrefix(stat, "outlier_detection.")
        case UInt8(ascii: "r"):
            return ByteText.equal(stat, "retry_or_shadow_abandoned")
        case UInt8(ascii: "v"):
            return ByteText.equal(stat, "version")
        case UInt8(ascii: "w"):
            return ByteText.equal(stat, "warming_state")
        case UInt8(ascii: "h"):
            return ByteText.hasPrefix(stat, "health_check.") || ByteText.hasPrefix(stat, "http1.")
                || ByteText.hasPrefix(stat, "http2.") || ByteText.hasPrefix(stat, "http3.")
        default:
            break
        }
        // A transport socket match: `<match name>.total_match_count` (`tlsMode-istio.total_match_count`).
        return segments == 2 && ByteText.hasSuffix(stat, ".total_match_count")
    }

    /// Moves the split left over `internal.`, `external.` or `canary.` in front of an `upstream_*` stat.
    @inline(__always)
    private static func widened(_ rest: UnsafeBufferPointer<UInt8>, dot: Int) -> Int {
        guard rest[dot + 1] == UInt8(ascii: "u"), ByteText.hasPrefix(rest.slice(from: dot + 1), "upstream_") else {
            return dot
        }
        let cluster = rest.slice(upTo: dot)
        var qualifier = 0
        if ByteText.hasSuffix(cluster, ".internal") || ByteText.hasSuffix(cluster, ".external") {
            qualifier = 9
        } else if ByteText.hasSuffix(cluster, ".canary") {
            qualifier = 7
        }
        return dot - qualifier > 0 ? dot - qualifier : dot
    }

    private static func fallback(_ rest: UnsafeBufferPointer<UInt8>) -> Int? {
        let marker: StaticString = ".svc.cluster.local."
        let length = marker.utf8CodeUnitCount
        if rest.count > length {
            for start in 1..<(rest.count - length) where rest[start] == UInt8(ascii: ".") {
                if ByteText.hasPrefix(rest.slice(from: start), marker) { return start + length - 1 }
            }
        }
        for index in 0..<rest.count where rest[index] == UInt8(ascii: ".") {
            return index > 0 && index + 1 < rest.count ? index : nil
        }
        return nil
    }
}
