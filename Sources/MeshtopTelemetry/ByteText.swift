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

    /// Whether two byte slices hold the same bytes.
    @inline(__always)
    package static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
        for index in 0..<lhs.count where left[index] != right[index] { return false }
        return true
    }
}
