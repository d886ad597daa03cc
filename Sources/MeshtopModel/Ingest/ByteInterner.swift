import MeshtopTelemetry

/// Interns byte strings (label values, names) to small integer ids, without a `String` per lookup.
///
/// Bytes live once in an arena; lookups hash the bytes and probe an open-addressing table.
struct ByteInterner {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32] = Array(repeating: -1, count: 256)
    private var strings: [String?] = []

    /// The id of the empty string.
    static let empty: Int32 = 0
    /// The id of `unknown`.
    static let unknown: Int32 = 1

    init() {
        _ = intern("")
        _ = intern("unknown")
    }

    /// How many distinct strings are interned.
    var count: Int { starts.count }

    /// The id of `bytes`, interning them on first sight.
    /// - Complexity: O(n) in the byte count; allocation-free for bytes seen before.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = ByteHash.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash, equals(id, bytes) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(starts.count)
        starts.append(Int32(arena.count))
        lengths.append(Int32(bytes.count))
        hashes.append(hash)
        strings.append(nil)
        arena.append(contentsOf: bytes)
        slots[slot] = id
        if starts.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `text`, interning it on first sight.
    mutating func intern(_ text: String) -> Int32 {
        var copy = text
        return copy.withUTF8 { intern($0) }
    }

    /// The id of `bytes` if they were interned, without interning them.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = ByteHash.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash, equals(id, bytes) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The string of `id` (decoded once, then cached).
    mutating func string(_ id: Int32) -> String {
        if let cached = strings[Int(id)] { return cached }
        let start = Int(starts[Int(id)])
        let text = String(decoding: arena[start..<start + Int(lengths[Int(id)])], as: UTF8.self)
        strings[Int(id)] = text
        return text
    }

    private func equals(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(lengths[Int(id)])
        guard length == bytes.count else { return false }
        let start = Int(starts[Int(id)])
        return arena.withUnsafeBufferPointer { stored in
            ByteText.equal(UnsafeBufferPointer(rebasing: stored[start..<start + length]), bytes)
        }
    }

    private mutating func grow() {
        var table = [Int32](repeating: -1, count: slots.count * 2)
        let mask = table.count - 1
        for id in 0..<starts.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(id)
        }
        slots = table
    }
}
