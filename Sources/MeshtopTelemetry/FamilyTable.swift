/// The metric families of one scrape, looked up by name bytes without allocating.
///
/// An open-addressing hash table whose keys live in one byte arena. Lookups happen only when a sample's
/// name does not belong to the family of the previous sample, so the table is off the hot path.
struct FamilyTable {
    /// What the parser knows about one family.
    struct Entry {
        fileprivate var start: Int
        fileprivate var length: Int
        fileprivate var hash: UInt64
        /// The declared kind, `.untyped` until a `# TYPE` says otherwise.
        var kind: MetricKind = .untyped
        /// Whether a `# TYPE` line declared it.
        var declared = false
        /// Whether a `# HELP` line described it.
        var described = false
        /// Whether samples of it were seen.
        var sampled = false
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Indices into `entries`, or -1 for an empty slot; the count is a power of two.
    private var slots: [Int] = Array(repeating: -1, count: 64)

    /// The number of families.
    var count: Int { entries.count }

    /// Forgets every family (a new scrape starts); keeps the memory.
    mutating func removeAll() {
        guard !entries.isEmpty else { return }
        arena.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = -1 }
    }

    /// The entry at `index`.
    subscript(index: Int) -> Entry {
        get { entries[index] }
        set { entries[index] = newValue }
    }

    /// The index of the family called `name`, if known.
    func index(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        index(of: name, hash: ByteHash.hash(name))
    }

    private func index(of name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let candidate = slots[slot]
            if candidate < 0 { return nil }
            if entries[candidate].hash == hash, nameEquals(candidate, name) { return candidate }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the family called `name`, adding an undeclared one when it is new.
    mutating func insert(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = ByteHash.hash(name)
        if let existing = index(of: name, hash: hash) { return existing }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let entry = Entry(start: arena.count, length: name.count, hash: hash)
        arena.append(contentsOf: name)
        entries.append(entry)
        place(entries.count - 1)
        return entries.count - 1
    }

    /// Calls `body` with the name bytes of the family at `index`.
    func withName<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let entry = entries[index]
        return try arena.withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[entry.start..<entry.start + entry.length]))
        }
    }

    private func nameEquals(_ index: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        withName(index) { ByteText.equal($0, name) }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in entries.indices { place(index) }
    }
}
