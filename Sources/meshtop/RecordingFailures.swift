import Synchronization

/// The failure each recorded source is in, so that the recorder prints a failure when it starts or changes
/// rather than at every retry, and can say at the end why nothing was recorded.
final class RecordingFailures: Sendable {
    private let current = Mutex<[String: String]>([:])

    /// Notes that `source` failed for `reason`; true when that is news (not the failure it was already in).
    func note(source: String, reason: String) -> Bool {
        current.withLock { failures in
            defer { failures[source] = reason }
            return failures[source] != reason
        }
    }

    /// Notes that `source` delivered a frame.
    func clear(source: String) {
        _ = current.withLock { $0.removeValue(forKey: source) }
    }

    /// The failures sources are in now, as `SOURCE (REASON)`, by source name.
    func summary() -> [String] {
        current.withLock { failures in failures.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" } }
    }
}
