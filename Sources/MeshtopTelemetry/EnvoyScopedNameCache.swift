/// Remembers how recent scoped stats were mapped, so that the next cluster with the same stat reuses the work.
///
/// A sidecar's `/stats` repeats the same few dozen stats (`upstream_cx_total`, `ssl.handshake`, …) under every
/// cluster and listener. Mapping one (`envoy_cluster_` + sanitised stat, response-code label, kind) is
/// independent of the cluster, so the result is kept in a direct-mapped table keyed by
/// ``ByteHash/quickKey(_:salt:)`` and checked against the stat's bytes: a hit uses the mapped name where it
/// lies instead of rebuilding it. A colliding stat replaces the one before it; the memory is fixed, and a
/// parse of a small dump touches little of it, as parsers are made afresh for every scrape.
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

    /// Slots of the key table, and entries kept before the cache starts over.
    private static let slotCount = 4096
    private static let capacity = 1024
    private static let maximumStat = 96
    private static let maximumName = 128
    /// Per slot: the index of its entry plus one (0: empty). Entries are appended in order, so a parse
    /// touches memory in proportion to the stats it remembers, not to the table's size.
    private let slots: UnsafeMutablePointer<Int32>
    /// Per entry: the key, the stat bytes, the mapped name and what else the entry says.
    private let keys: UnsafeMutablePointer<UInt64>
    private let stats: UnsafeMutablePointer<UInt8>
    private let statCounts: UnsafeMutablePointer<Int>
    private let names: UnsafeMutablePointer<UInt8>
    private let entries:
        UnsafeMutablePointer<(seriesNameCount: Int, nameCount: Int, code: UInt8, kind: MetricKind, splitsAlone: Bool)>
    /// Entries in use.
    private var count = 0

    init() {
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: 0, count: Self.slotCount)
        keys = .allocate(capacity: Self.capacity)
        stats = .allocate(capacity: Self.capacity * Self.maximumStat)
        statCounts = .allocate(capacity: Self.capacity)
        names = .allocate(capacity: Self.capacity * Self.maximumName)
        entries = .allocate(capacity: Self.capacity)
    }

    deinit {
        slots.deallocate()
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
        let index = Int(slots[Self.slot(key)]) - 1
        guard index >= 0, keys[index] == key, statCounts[index] == stat.count,
            ByteText.equal(UnsafeBufferPointer(start: stats + index * Self.maximumStat, count: stat.count), stat)
        else { return nil }
        let stored = entries[index]
        return Entry(
            name: UnsafeBufferPointer(start: names + index * Self.maximumName, count: stored.nameCount),
            seriesNameCount: stored.seriesNameCount,
            responseCode: stored.code,
            kind: stored.kind,
            splitsAlone: stored.splitsAlone
        )
    }

    /// Remembers the mapping of `stat` (too long a stat or name is not kept). Entries handed out before stay
    /// readable: a full cache starts over by emptying its slots, not by freeing memory.
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
        if count == Self.capacity {
            slots.update(repeating: 0, count: Self.slotCount)
            count = 0
        }
        let index = count
        count += 1
        keys[index] = key
        statCounts[index] = stat.count
        (stats + index * Self.maximumStat).update(from: statBase, count: stat.count)
        (names + index * Self.maximumName).update(from: nameBase, count: name.count)
        (entries + index).initialize(to: (seriesNameCount, name.count, responseCode, kind, splitsAlone))
        slots[Self.slot(key)] = Int32(index + 1)
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 52) }
}
