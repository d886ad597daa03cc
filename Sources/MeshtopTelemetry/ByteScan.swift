/// Word-at-a-time byte searches over raw memory: the hot loops of every text parser here.
///
/// Each search reads eight bytes at a time (the newline search first skips 32-byte blocks, as lines
/// are long) while a whole block fits before `end`, then finishes byte by byte, so it never reads
/// outside `start..<end`.
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
        while end - position >= 32 {
            let raw = UnsafeRawPointer(position)
            let first = zeroBytes(raw.loadUnaligned(as: UInt64.self) ^ pattern)
            let second = zeroBytes(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ pattern)
            let third = zeroBytes(raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) ^ pattern)
            let fourth = zeroBytes(raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self) ^ pattern)
            if first | second | third | fourth != 0 { break }
            position += 32
        }
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

    /// The first position in `start..<end` whose byte is not `[A-Za-z0-9_]` (a label name byte), or `end`.
    @inline(__always)
    package static func firstNonNameByte(
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>
    ) -> UnsafePointer<UInt8> {
        var position = start
        while end - position >= 8 {
            let found = nonNameBytes(UnsafeRawPointer(position).loadUnaligned(as: UInt64.self))
            if found != 0 { return position + (found.trailingZeroBitCount &>> 3) }
            position += 8
        }
        while position < end {
            let byte = position.pointee
            let isNameByte =
                (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
            if !isNameByte { break }
            position += 1
        }
        return position
    }

    /// A mask with the high bit set in every byte of `word` that is not `[A-Za-z0-9_]`.
    ///
    /// Each range test adds a constant that carries into a byte's high bit exactly at the range's bound;
    /// working on the low seven bits keeps every carry inside its byte, so the mask is exact.
    @inline(__always)
    static func nonNameBytes(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let ascii = word & low7
        let folded = ascii | 0x2020_2020_2020_2020  // A-Z to a-z; digits unchanged
        let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)  // 0x61...0x7A
        let digit = (ascii &+ 0x5050_5050_5050_5050) & ~(ascii &+ 0x4646_4646_4646_4646)  // 0x30...0x39
        let notUnderscore = ascii ^ 0x5F5F_5F5F_5F5F_5F5F
        let underscore = ~(((notUnderscore & low7) &+ low7) | notUnderscore)
        let nameBytes = (letter | digit | underscore) & ~word & highs
        return ~nameBytes & highs
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
