import CZlib

/// One gzip member per recorded frame: compressing a frame, and inflating members one at a time.
///
/// Each member carries its own CRC32 and length trailer, so a member cut short by a crash is detected and
/// every member before it stays readable with any gzip tool.
package enum GzipMember {
    /// What inflating the member at the start of a buffer found.
    package enum Outcome: Equatable {
        /// A complete, checked member of `length` compressed bytes.
        case complete(length: Int)
        /// The buffer ended inside the member (a frame being written when the recorder died).
        case truncated
        /// The bytes are not a valid gzip member.
        case corrupt
    }

    /// Compresses `bytes` into one complete gzip member.
    ///
    /// - Parameter level: the zlib level, 1 (fast) to 9 (small); 6 is zlib's default balance.
    package static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard cz_deflateInit2(&stream, level, 15 + 16, 8) == Z_OK else {
            preconditionFailure("zlib refused standard deflate parameters")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        let produced = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let status = deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "deflate with a deflateBound buffer must finish")
                return out.count - Int(stream.avail_out)
            }
        }
        output.removeSubrange(produced...)
        return output
    }

    /// Inflates the member at the start of `buffer`.
    ///
    /// - Parameter keepingAtMost: output bytes to keep (the rest is checked and discarded); nil keeps all.
    /// - Returns: the outcome, and the (possibly shortened) decompressed text.
    package static func inflate(
        _ buffer: UnsafeRawBufferPointer,
        keepingAtMost limit: Int? = nil
    ) -> (outcome: Outcome, text: [UInt8]) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return (.truncated, []) }
        var stream = z_stream()
        guard cz_inflateInit2(&stream, 15 + 16) == Z_OK else { return (.corrupt, []) }
        defer { inflateEnd(&stream) }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(min(buffer.count, Int(UInt32.max)))
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let (status, produced) = chunk.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, out.count - Int(stream.avail_out))
            }
            let room = limit.map { max(0, $0 - text.count) } ?? produced
            text += chunk[..<min(produced, room)]
            switch status {
            case Z_STREAM_END:
                return (.complete(length: buffer.count - Int(stream.avail_in)), text)
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0:
                return (.truncated, text)
            default:
                return (.corrupt, text)
            }
        }
    }
}
