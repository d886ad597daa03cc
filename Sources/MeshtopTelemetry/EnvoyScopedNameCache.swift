/// Remembers how recent scoped stats were mapped, so that the next cluster with the same stat reuses the work.
///
/// A sidecar's `/stats` repeats the same few dozen stats (`upstream_cx_total`, `ssl.handshake`, …) under every
/// cluster and listener. Mapping one (`envoy_cluster_` + sanitised stat, response-code label, kind) is
/// independent of the cluster, so the result is kept in a small direct-mapped table keyed by the stat's
/// length and end bytes and checked against the stat's bytes: a hit copies the mapped name instead of
/// rebuilding it. Entries are replaced on collision; the memory is fixed.
final class EnvoyScopedNameCache {
    /// What a scoped stat maps to.
    struct Entry {
        /// The full mapped name, before any response code is cut off.
        var name: UnsafeBufferPointer<UInt8>
        /// The length of the series name once a response code is cut off (equal to `name.count` without one).
        var seriesNameCount: Int
        /// 0: no response code; 1: `response_code`; 2: `response_code_class` (the name's last three bytes).
        var responseCode: UInt8
        /// The kind the mapped name implies.
        var kind: MetricKind
        /// Whether the stat, under a cluster, splits right after any cluster name (see ``EnvoyClusterMemo``).
        var splitsAlone: Bool
    }

    private static let slotCount = 4096
    private static let maximumStat = 96
    private static let maximumName = 128
    /// Per slot: the key, the stat bytes, the mapped name and what else the entry says.
    private let keys: UnsafeMutablePointer<UInt64>
    private let stats: UnsafeMutablePointer<UInt8>
    private let statCounts: UnsafeMutablePointer<Int>
    private let names: UnsafeMutablePointer<UInt8>
    private let entries:
        UnsafeMutablePointer<(seriesNameCount: Int, nameCount: Int, code: UInt8, kind: MetricKind, splitsAlone: Bool)>

    init() {
        keys = .allocate(capacity: Self.slotCount)
        keys.initialize(repeating: 0, count: Self.slotCount)
        stats = .allocate(capacity: Self.slotCount * Self.maximumStat)
        statCounts = .allocate(capacity: Self.slotCount)
        statCounts.initialize(repeating: -1, count: Self.slotCount)
        names = .allocate(capacity: Self.slotCount * Self.maximumName)
        entries = .allocate(capacity: Self.slotCount)
        entries.initialize(repeating: (0, 0, 0, .untyped, false), count: Self.slotCount)
    }

    deinit {
        keys.deallocate()
        stats.deallocate()
        statCounts.deallocate()
        names.deallocate()
        entries.deallocate()
    }

    /// The key of `stat` under the scope whose series prefix starts with `scope` (`c` or `l`).
    @inline(__always)
    static func key(_ stat: UnsafeBufferPointer<UInt8>, scope: UInt8) -> UInt64 {
        ByteHash.quickKey(stat, salt: scope)
    }

    /// The entry for `stat` with `key`, if this table holds it.
    @inline(__always)
    func entry(for stat: UnsafeBufferPointer<UInt8>, key: UInt64) -> Entry? {
        let slot = Self.slot(key)
        guard keys[slot] == key, statCounts[slot] == stat.count,
            ByteText.equal(UnsafeBufferPointer(start: stats + slot * Self.maximumStat, count: stat.count), stat)
        else { return nil }
        let stored = entries[slot]
        return Entry(
            name: UnsafeBufferPointer(start: names + slot * Self.maximumName, count: stored.nameCount),
            seriesNameCount: stored.seriesNameCount,
            responseCode: stored.code,
            kind: stored.kind,
            splitsAlone: stored.splitsAlone
        )
    }

    /// Remembers the mapping of `stat` (too long a stat or name is not kept).
    func remember(
        _ stat: UnsafeBufferPointer<UInt8>,
        key: UInt64,
        name: UnsafeBufferPointer<UInt8>,
        seriesNameCount: Int,
        responseCode: UInt8,
        kind: MetricKind,
        splitsAlone: Bool
    ) {
        guard let statBase = stat.baseAddress, let nameBase = name.baseAddress, stat.count <= Self.maximumStat,
            name.count <= Self.maximumName
        else { return }
        let slot = Self.slot(key)
        keys[slot] = key
        statCounts[slot] = stat.count
        (stats + slot * Self.maximumStat).update(from: statBase, count: stat.count)
        (names + slot * Self.maximumName).update(from: nameBase, count: name.count)
        entries[slot] = (seriesNameCount, name.count, responseCode, kind, splitsAlone)
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 52) }
}
