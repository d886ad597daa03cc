/// Finds where a dotted cluster name ends in `cluster.<name>.<stat>` when Istio's `;` delimiter is absent.
///
/// Cluster names contain dots (`outbound|80||catalog.ns.svc.cluster.local`, Consul's
/// `db.default.dc1.internal.<uuid>.consul`), and so do some stats (`ssl.versions.TLSv1.3`,
/// `circuit_breakers.default.cx_open`). The split taken is the longest cluster name that leaves a known
/// cluster stat; `internal.`, `external.`, `canary.` and `zone.<from>.<to>.` in front of an `upstream_*`
/// stat belong to the stat. Unknown stats fall back to Istio's pre-1.23 rule (up to `.svc.cluster.local`)
/// and then to Envoy's default (the first dot).
enum EnvoyClusterSplit {
    /// The index of the dot between cluster name and stat in `rest` (the text after `cluster.`).
    static func separator(in rest: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = rest.count - 2
        while index > 0 {
            if rest[index] == UInt8(ascii: "."), isKnownStat(rest.slice(from: index + 1)) {
                return widened(rest, dot: index)
            }
            index -= 1
        }
        return fallback(rest)
    }

    /// Whether `stat` is a cluster statistic Envoy emits (the first dot-segment decides, mostly).
    static func isKnownStat(_ stat: UnsafeBufferPointer<UInt8>) -> Bool {
        switch stat[0] {
        case UInt8(ascii: "u"):
            return (ByteText.hasPrefix(stat, "upstream_") || ByteText.hasPrefix(stat, "update_")) && !hasDot(stat)
        case UInt8(ascii: "l"):
            return ByteText.hasPrefix(stat, "lb_") && !hasDot(stat)
        case UInt8(ascii: "m"):
            return (ByteText.hasPrefix(stat, "membership_") && !hasDot(stat)) || ByteText.equal(stat, "max_host_weight")
        case UInt8(ascii: "s"):
            return ByteText.hasPrefix(stat, "ssl.") && stat.count > 4
        case UInt8(ascii: "c"):
            return ByteText.hasPrefix(stat, "circuit_breakers.") || ByteText.hasPrefix(stat, "client_ssl_socket_factory.")
        case UInt8(ascii: "a"):
            return ByteText.hasPrefix(stat, "assignment_") && !hasDot(stat)
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
        guard ByteText.hasSuffix(stat, ".total_match_count") else { return false }
        return !hasDot(UnsafeBufferPointer(rebasing: stat[..<(stat.count - 18)]))
    }

    /// Moves the split left over `internal.`/`external.`/`canary.`/`zone.<from>.<to>.` before `upstream_*`.
    private static func widened(_ rest: UnsafeBufferPointer<UInt8>, dot: Int) -> Int {
        guard rest[dot + 1] == UInt8(ascii: "u"), ByteText.hasPrefix(rest.slice(from: dot + 1), "upstream_"),
            let previous = dotBefore(rest, dot)
        else { return dot }
        let segment = UnsafeBufferPointer(rebasing: rest[(previous + 1)..<dot])
        if ByteText.equal(segment, "internal") || ByteText.equal(segment, "external") || ByteText.equal(segment, "canary") {
            return previous
        }
        guard let second = dotBefore(rest, previous), let third = dotBefore(rest, second) else { return dot }
        return ByteText.equal(UnsafeBufferPointer(rebasing: rest[(third + 1)..<second]), "zone") ? third : dot
    }

    /// The index of the last dot before `index`, if it leaves a non-empty cluster name.
    private static func dotBefore(_ rest: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        var cursor = index - 1
        while cursor > 0 {
            if rest[cursor] == UInt8(ascii: ".") { return cursor }
            cursor -= 1
        }
        return nil
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

    @inline(__always)
    private static func hasDot(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte == UInt8(ascii: ".") { return true }
        return false
    }
}
