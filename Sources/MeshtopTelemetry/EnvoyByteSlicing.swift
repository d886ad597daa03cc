/// Cheap sub-slices as buffers (not `Slice`s), used by the Envoy parsers on their hot paths.
extension UnsafeBufferPointer where Element == UInt8 {
    /// The bytes after the first `count`.
    @inline(__always)
    func slice(from count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: baseAddress.map { $0 + count }, count: self.count - count)
    }

    /// The first `count` bytes.
    @inline(__always)
    func slice(upTo count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: baseAddress, count: count)
    }
}
