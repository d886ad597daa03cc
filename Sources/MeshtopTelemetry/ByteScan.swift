/// Word-at-a-time byte searches over raw memory: the hot loops of every text parser here.
///
/// Each search reads eight bytes at a time while a whole word fits before `end`, then finishes byte by
/// byte, so it never reads outside `start..<end`.
package enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A mask with the high bit set in (at least) the lowest byte of `word` that is zero.
    ///
    /// Bits above the lowest zero byte may be false positives; the lowest set bit is always exact.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highs
    }

    /// The first position in `start..<end` holding `byte`, or `end`.
    @inline(__always)
    package static func first(
        _ byte: UInt8,
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>
    ) -> UnsafePointer<UInt8> {
        var position = start
        let pattern = ones &* UInt64(byte)
        while end - position >= 8 {
            let word = UnsafeRawPointer(position).loadUnaligned(as: UInt64.self)
            let found = zeroBytes(word ^ pattern)
            if found != 0 { return position + (found.trailingZeroBitCount &>> 3) }
            position += 8
        }
        while position < end, position.pointee != byte { position += 1 }
        return position
    }

    /// The first position in `start..<end` holding `first` or `second`, or `end`.
    @inline(__always)
    package static func first(
        _ first: UInt8,
        or second: UInt8,
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>
    ) -> UnsafePointer<UInt8> {
        var position = start
        let firstPattern = ones &* UInt64(first)
        let secondPattern = ones &* UInt64(second)
        while end - position >= 8 {
            let word = UnsafeRawPointer(position).loadUnaligned(as: UInt64.self)
            let found = zeroBytes(word ^ firstPattern) | zeroBytes(word ^ secondPattern)
            if found != 0 { return position + (found.trailingZeroBitCount &>> 3) }
            position += 8
        }
        while position < end, position.pointee != first, position.pointee != second { position += 1 }
        return position
    }

    /// The last position in `start..<end` holding `byte`, if any.
    @inline(__always)
    package static func last(
        _ byte: UInt8,
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>
    ) -> UnsafePointer<UInt8>? {
        var position = end
        while position > start {
            position -= 1
            if position.pointee == byte { return position }
        }
        return nil
    }
}
