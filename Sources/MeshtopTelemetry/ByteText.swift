/// Small helpers to compare byte slices with literals without allocating.
///
/// Inlinable, because the model and the sources call them for every sample: inlined with a literal, a
/// comparison becomes a few word loads instead of a call and a byte loop.
package enum ByteText {
    /// Whether `bytes` equals the UTF-8 of `text`.
    @inlinable @inline(__always)
    package static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return count == 0 }
        return sameBytes(base, text.utf8Start, count: count)
    }

    /// Whether `bytes` starts with the UTF-8 of `prefix`.
    @inlinable @inline(__always)
    package static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        return sameBytes(base, prefix.utf8Start, count: count)
    }

    /// Whether `bytes` ends with the UTF-8 of `suffix`.
    @inlinable @inline(__always)
    package static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        return sameBytes(base + (bytes.count - count), suffix.utf8Start, count: count)
    }

    /// Whether two byte slices hold the same bytes.
    @inlinable @inline(__always)
    package static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = lhs.count
        guard count == rhs.count else { return false }
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
        return sameBytes(left, right, count: count)
    }

    /// Whether the `count` bytes at `left` and at `right` are the same: eight at a time with the last word
    /// overlapping the one before it, byte by byte below eight.
    @inlinable @inline(__always)
    package static func sameBytes(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        guard count >= 8 else {
            while index < count {
                if left[index] != right[index] { return false }
                index += 1
            }
            return true
        }
        while index + 8 < count {
            let a = UnsafeRawPointer(left + index).loadUnaligned(as: UInt64.self)
            let b = UnsafeRawPointer(right + index).loadUnaligned(as: UInt64.self)
            if a != b { return false }
            index += 8
        }
        let a = UnsafeRawPointer(left + (count - 8)).loadUnaligned(as: UInt64.self)
        let b = UnsafeRawPointer(right + (count - 8)).loadUnaligned(as: UInt64.self)
        return a == b
    }
}
