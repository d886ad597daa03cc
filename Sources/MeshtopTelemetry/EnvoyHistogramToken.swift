/// One `P…(…,…)` or `B…(…,…)` token of an Envoy histogram line.
struct EnvoyHistogramToken {
    /// The quantile (percent) or bucket bound after the prefix letter.
    var label: UnsafeBufferPointer<UInt8>
    /// The cumulative value.
    var cumulative: UnsafeBufferPointer<UInt8>
    /// Where `cumulative` starts, relative to the value.
    var cumulativeOffset: Int
    /// The index just past the closing parenthesis.
    var end: Int

    /// Reads the token starting at `start`, or fails on any deviation from the grammar.
    init?(_ value: UnsafeBufferPointer<UInt8>, at start: Int, prefix: UInt8) {
        guard value[start] == prefix else { return nil }
        var index = start + 1
        while index < value.count, value[index] != UInt8(ascii: "("), value[index] != UInt8(ascii: " ") { index += 1 }
        let open = index
        while index < value.count, value[index] != UInt8(ascii: ","), value[index] != UInt8(ascii: " ") { index += 1 }
        let comma = index
        while index < value.count, value[index] != UInt8(ascii: ")"), value[index] != UInt8(ascii: " ") { index += 1 }
        guard index < value.count, value[index] == UInt8(ascii: ")"), open > start + 1,
            value[open] == UInt8(ascii: "("),
            comma > open, value[comma] == UInt8(ascii: ","), index > comma + 1
        else { return nil }
        label = UnsafeBufferPointer(rebasing: value[(start + 1)..<open])
        cumulative = UnsafeBufferPointer(rebasing: value[(comma + 1)..<index])
        cumulativeOffset = comma + 1
        end = index + 1
    }
}
