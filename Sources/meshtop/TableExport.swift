#if canImport(Glibc)
    import Glibc
#endif

/// Writes an exported table into the working directory, refusing to replace a file that is there.
enum TableExport {
    /// A failure to write, in the system's words.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates `fileName` (never overwriting) and writes `contents` whole.
    static func write(_ contents: String, to fileName: String) throws {
        let descriptor = open(fileName, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = Array(contents.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(description: String(cString: strerror(errno)))
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
