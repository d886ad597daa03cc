/// The buffer dumps are streamed through.
package enum ReadBuffer {
    /// Allocates a 1 MiB, page-aligned read buffer; the caller deallocates it.
    ///
    /// Page alignment matters: reads of whole pages into a buffer that is not cost this kind of machine
    /// several times the kernel time (`report` on a 1 GB dump: 0.6 s in the kernel with a 16-byte-aligned
    /// buffer, 0.17 s page-aligned).
    package static func allocate() -> UnsafeMutableRawBufferPointer {
        .allocate(byteCount: 1 << 20, alignment: 4096)
    }
}
