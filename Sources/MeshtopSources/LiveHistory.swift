/// What a live view has seen this session, bounded, so a paused view can step back through it.
///
/// Entries are kept oldest first; when the count or byte budget is exceeded, the oldest are dropped.
/// Each entry keeps a sequence number that stays valid while older entries are evicted.
package struct LiveHistory<Entry: Sendable>: Sendable {
    /// One remembered tick.
    package struct Item: Sendable {
        /// Its number in the session (0 for the first tick ever appended).
        package var sequence: Int
        /// Its time, unix ms.
        package var timestampMilliseconds: Int64
        /// Its size against the byte budget.
        package var bytes: Int
        /// The remembered value (frames, or whatever the consumer keeps per tick).
        package var entry: Entry
    }

    /// The most entries kept.
    package let capacity: Int
    /// The most bytes kept (the newest entry is always kept, whatever its size).
    package let byteBudget: Int
    private var storage: [Item?]
    private var head = 0
    /// The number of entries kept.
    package private(set) var count = 0
    /// The total bytes kept.
    package private(set) var bytes = 0
    private var nextSequence = 0

    /// Creates an empty history.
    package init(capacity: Int, byteBudget: Int = Int.max) {
        precondition(capacity > 0, "a history must hold at least one entry")
        self.capacity = capacity
        self.byteBudget = byteBudget
        storage = Array(repeating: nil, count: capacity)
    }

    /// Remembers a tick; returns how many old entries were evicted to make room.
    @discardableResult
    package mutating func append(_ entry: Entry, timestampMilliseconds: Int64, bytes size: Int = 0) -> Int {
        var evicted = 0
        while count > 0 && (count == capacity || bytes + size > byteBudget) {
            removeOldest()
            evicted += 1
        }
        let item = Item(sequence: nextSequence, timestampMilliseconds: timestampMilliseconds, bytes: size, entry: entry)
        storage[(head + count) % capacity] = item
        count += 1
        bytes += size
        nextSequence += 1
        return evicted
    }

    /// The entry at `offset` from the oldest kept (0 is the oldest).
    package subscript(offset: Int) -> Item {
        precondition(offset >= 0 && offset < count, "history offset out of range")
        return storage[(head + offset) % capacity]!
    }

    /// The entry with `sequence`, or nil when it was evicted or never existed.
    package func item(sequence: Int) -> Item? {
        guard let oldest = oldestSequence, sequence >= oldest, sequence < nextSequence else { return nil }
        return self[sequence - oldest]
    }

    /// The oldest kept sequence number, or nil when empty.
    package var oldestSequence: Int? { count == 0 ? nil : nextSequence - count }
    /// The newest entry, or nil when empty.
    package var newest: Item? { count == 0 ? nil : self[count - 1] }
    /// The kept entries' times, oldest first (tick times for a ``ReplayCursor``).
    package var times: [Int64] { (0..<count).map { self[$0].timestampMilliseconds } }

    private mutating func removeOldest() {
        bytes -= storage[head]?.bytes ?? 0
        storage[head] = nil
        head = (head + 1) % capacity
        count -= 1
    }
}

extension LiveHistory.Item: Equatable where Entry: Equatable {}
