/// A direct-mapped cache in front of ``TelemetrySummary``'s family table: the names of recently counted
/// families with the kind last applied to them and their index in the table, so that a sample whose family
/// and kind were just counted needs no table lookup.
///
/// An entry means "counting a sample of this family and kind again changes nothing but the family's series
/// count". Entries are keyed by ``ByteHash/quickKey(_:salt:)``, checked against the name bytes kept in the
/// slot, and replaced on collision; names too long for a slot are not kept. The memory is fixed.
final class RecentFamilies {
    private static let slotCount = 4096
    private static let maximumName = 96
    /// Per slot: the key (0 when empty), the name's length, the kind, the family's index and the name's bytes.
    private let keys: UnsafeMutablePointer<UInt64>
    private let counts: UnsafeMutablePointer<Int>
    private let kinds: UnsafeMutablePointer<MetricKind>
    private let indices: UnsafeMutablePointer<Int>
    private let names: UnsafeMutablePointer<UInt8>

    init() {
        keys = .allocate(capacity: Self.slotCount)
        keys.initialize(repeating: 0, count: Self.slotCount)
        counts = .allocate(capacity: Self.slotCount)
        counts.initialize(repeating: 0, count: Self.slotCount)
        kinds = .allocate(capacity: Self.slotCount)
        kinds.initialize(repeating: .untyped, count: Self.slotCount)
        indices = .allocate(capacity: Self.slotCount)
        indices.initialize(repeating: 0, count: Self.slotCount)
        names = .allocate(capacity: Self.slotCount * Self.maximumName)
    }

    deinit {
        keys.deallocate()
        counts.deallocate()
        kinds.deallocate()
        indices.deallocate()
        names.deallocate()
    }

    /// A cache holding the same entries, for a copy of the summary that owns this one.
    func copy() -> RecentFamilies {
        let copy = RecentFamilies()
        copy.keys.update(from: keys, count: Self.slotCount)
        copy.counts.update(from: counts, count: Self.slotCount)
        copy.kinds.update(from: kinds, count: Self.slotCount)
        copy.indices.update(from: indices, count: Self.slotCount)
        copy.names.update(from: names, count: Self.slotCount * Self.maximumName)
        return copy
    }

    /// The table index of family `name` (with `key`) when a sample of it and `kind` was the last one counted
    /// in its slot, else nil.
    @inline(__always)
    func index(of name: UnsafeBufferPointer<UInt8>, key: UInt64, kind: MetricKind) -> Int? {
        let slot = Self.slot(key)
        let hit =
            keys[slot] == key && kinds[slot] == kind && counts[slot] == name.count
            && ByteText.equal(UnsafeBufferPointer(start: names + slot * Self.maximumName, count: name.count), name)
        return hit ? indices[slot] : nil
    }

    /// Notes that a sample of family `name`, at `index` in the table, and `kind` was counted.
    func remember(_ name: UnsafeBufferPointer<UInt8>, key: UInt64, kind: MetricKind, index: Int) {
        guard let base = name.baseAddress, name.count <= Self.maximumName else { return }
        let slot = Self.slot(key)
        keys[slot] = key
        counts[slot] = name.count
        kinds[slot] = kind
        indices[slot] = index
        (names + slot * Self.maximumName).update(from: base, count: name.count)
    }

    /// Drops any entry for `name` (its family's kind was set another way).
    func forget(_ name: UnsafeBufferPointer<UInt8>) {
        let key = ByteHash.quickKey(name)
        let slot = Self.slot(key)
        if keys[slot] == key { keys[slot] = 0 }
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 52) }
}
