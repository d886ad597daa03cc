#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small POSIX helpers for the recorder: whole writes, whole reads, truncation.
enum FileDescriptor {
    /// Writes all of `bytes` at the current position, retrying short writes and `EINTR`.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw SourceError.system(path: path, operation: "write", errno: errno)
            }
            written += result
        }
    }

    /// Reads a whole file into memory; nil when it does not exist.
    static func readAll(path: String) throws -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw SourceError.system(path: path, operation: "open", errno: errno)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SourceError.system(path: path, operation: "read", errno: errno)
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// Truncates (or extends) an open file to `size` bytes.
    static func truncate(_ descriptor: Int32, to size: UInt64, path: String) throws {
        guard ftruncate(descriptor, off_t(size)) == 0 else {
            throw SourceError.system(path: path, operation: "truncate", errno: errno)
        }
    }
}

/// `close(2)`, under a name that types with their own `close()` can call.
func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
