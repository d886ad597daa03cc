#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only memory map of a whole file, as it was when opened.
///
/// It is `@unchecked Sendable` because the mapping is private, read-only and never changes after `init`.
package final class MappedFile: @unchecked Sendable {
    /// The mapped bytes (empty for an empty file).
    package let bytes: UnsafeRawBufferPointer
    /// The path the file was opened from.
    package let path: String

    /// Maps the file at `path`.
    ///
    /// - Throws: ``SourceError`` when the file cannot be opened, examined or mapped.
    package init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SourceError.system(path: path, operation: "open", errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw SourceError.system(path: path, operation: "stat", errno: errno)
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw SourceError.system(path: path, operation: "mmap", errno: errno)
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
