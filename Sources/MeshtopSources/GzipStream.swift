import CZlib

/// Inflates a gzip-compressed dump (`curl --compressed -o`, `gzip dump.prom`) chunk by chunk, one or more
/// members long, so such a dump is read as the text it holds rather than judged binary.
///
/// The output is capped at ``maximumTextBytes``: a small file that inflates without end is cut there.
package final class GzipStream {
    /// The most text one stream yields.
    package static let maximumTextBytes = 1 << 30

    /// Whether `bytes` start as gzip data does.
    package static func isGzip(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: [0x1F, 0x8B]) }

    /// The text of a whole gzip-compressed dump; nil when it is damaged (text before the damage is lost too).
    package static func text(of bytes: [UInt8]) -> [UInt8]? {
        let stream = GzipStream()
        var text: [UInt8] = []
        let fed = bytes.withUnsafeBytes { stream.feed($0) { text.append(contentsOf: $0) } }
        return fed && stream.isComplete ? text : nil
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private let ready: Bool
    private var output = [UInt8](repeating: 0, count: 64 * 1024)
    private var produced = 0
    private var insideMember = false
    private var ended = false
    /// Set once the data proved not to be valid gzip; nothing more is inflated.
    package private(set) var failed = false

    /// Creates a stream that expects gzip data from its first byte.
    package init() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        ready = cz_inflateInit2(stream, 15 + 16) == Z_OK
        failed = !ready
    }

    deinit {
        if ready { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Whether every member seen so far ended with its checked trailer (the data was not cut short).
    package var isComplete: Bool { !failed && !insideMember }

    /// Inflates `chunk`, handing each piece of text to `body`.
    ///
    /// - Returns: false once the data is not valid gzip (or the text passed ``maximumTextBytes``).
    @discardableResult
    package func feed(_ chunk: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard !failed else { return false }
        guard !ended, let base = chunk.baseAddress, !chunk.isEmpty else { return true }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(chunk.count)
        while stream.pointee.avail_in > 0 {
            if !insideMember {
                // Bytes after a member that do not open another (zero padding, say) end the data.
                guard stream.pointee.next_in.pointee == 0x1F else {
                    ended = true
                    return true
                }
                insideMember = true
            }
            let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(out.count)
                let status = inflate(stream, Z_NO_FLUSH)
                let count = out.count - Int(stream.pointee.avail_out)
                produced += count
                body(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: out[..<count])))
                return status
            }
            guard produced <= Self.maximumTextBytes else {
                failed = true
                return false
            }
            switch status {
            case Z_STREAM_END:
                insideMember = false
                inflateReset(stream)
            case Z_OK:
                continue
            default:
                failed = true
                return false
            }
        }
        return true
    }
}
