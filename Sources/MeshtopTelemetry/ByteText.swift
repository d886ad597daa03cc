/// Small helpers to compare byte slices with literals without allocating.
package enum ByteText {
    /// Whether `bytes` equals the UTF-8 of `text`.
    @inline(__always)
    package static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return count == 0 }
        let literal = text.utf8Start
        for index in 0..<count where base[index] != literal[index] { return false }
        return true
    }

    /// Whether `bytes` starts with the UTF-8 of `prefix`.
    @inline(__always)
    package static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        let literal = prefix.utf8Start
        for index in 0..<count where base[index] != literal[index] { return false }
        return true
    }

    /// Whether `bytes` ends with the UTF-8 of `suffix`.
    @inline(__always)
    package static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        let literal = suffix.utf8Start
        let offset = bytes.count - count
        for index in 0..<count where base[offset + index] != literal[index] { return false }
        return true
    }

    /// Whether two byte slices hold the same bytes (eight at a time, the last word overlapping the one
    /// before it).
    @inline(__always)
    package static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = lhs.count
        guard count == rhs.count else { return false }
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
        var index = 0
        if count >= 8 {
            while index + 8 < count {
                let a = UnsafeRawPointer(left + index).loadUnaligned(as: UInt64.self)
                let b = UnsafeRawPointer(right + index).loadUnaligned(as: UInt64.self)
                if a != b { return false }
                index += 8
            }
            let a = UnsafeRawPointer(left + count - 8).loadUnaligned(as: UInt64.self)
            let b = UnsafeRawPointer(right + count - 8).loadUnaligned(as: UInt64.self)
            return a == b
        }
        while index < count {
            if left[index] != right[index] { return false }
            index += 1
        }
        return true
    }
}
