#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why reading a source, a recording or a dump failed, in words a user can act on.
package enum SourceError: Error, Equatable, CustomStringConvertible {
    /// A system call failed on a path.
    case system(path: String, operation: String, errno: Int32)
    /// A recording or index is unusable.
    case invalidRecording(path: String, reason: String)
    /// A command-line source, header or duration was malformed.
    case invalidArgument(String)
    /// A frame index beyond the recording.
    case frameOutOfRange(index: Int, count: Int)
    /// A FIFO or device sent nothing for `seconds` (a FIFO nobody writes to, say).
    case quiet(path: String, seconds: Int64)
    /// An input held more than `limit` bytes, the most one dump may hold.
    case tooLarge(path: String, limit: Int)

    /// The message shown to the user.
    package var description: String {
        switch self {
        case .system(let path, let operation, let code):
            return "\(path): \(operation) failed: \(String(cString: strerror(code)))"
        case .invalidRecording(let path, let reason):
            return "\(path): \(reason)"
        case .invalidArgument(let reason):
            return reason
        case .frameOutOfRange(let index, let count):
            return "frame \(index) is outside the recording (\(count) frames)"
        case .quiet(let path, let seconds) where path == StandardInputReader.name:
            return "\(path): nothing came for \(seconds) s (is anything writing to it?)"
        case .quiet(let path, let seconds):
            return "\(path): nothing to read for \(seconds) s (a FIFO with no writer?)"
        case .tooLarge(let path, let limit):
            return "\(path): more than \(limit >> 20) MiB, the most meshtop reads of one dump"
        }
    }
}
