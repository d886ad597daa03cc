/// What one fetch of a source produced.
package enum FetchOutcome: Sendable, Equatable {
    /// A new scrape.
    case frame(ScrapeFrame)
    /// Nothing new since the last fetch (a file that has not changed).
    case unchanged
    /// The source has nothing more to give, ever (standard input after it was read).
    case finished
}

/// Something meshtop can scrape: an HTTP endpoint, a file, a directory of dumps, standard input.
///
/// Implementations must return or throw within their timeout, must never put credentials in frames or
/// errors, and must be safe to call from one task at a time (the poller never overlaps fetches of one source).
package protocol TelemetrySource: Sendable {
    /// The display name, free of credentials.
    var name: String { get }
    /// Fetches the current scrape.
    ///
    /// - Throws: ``FetchError`` in plain words.
    func fetch() async throws(FetchError) -> FetchOutcome
}

/// Why a fetch failed, in the words the source health line shows.
package enum FetchError: Error, Equatable, CustomStringConvertible {
    /// Nothing listens on the port.
    case connectionRefused
    /// No answer within the timeout.
    case timedOut(Duration)
    /// The server answered with an error status.
    case httpStatus(Int)
    /// The host name does not resolve.
    case hostNotFound
    /// The TLS handshake or certificate check failed, for the reason given (never secret).
    case tlsFailure(String)
    /// The body was bigger than allowed.
    case tooLarge(limit: Int)
    /// A file or directory problem.
    case file(String)
    /// A followed file that does not exist yet (another job will write it), by its path.
    case waiting(path: String)
    /// Anything else, already in plain words and free of secrets.
    case other(String)

    /// The plain-words message.
    package var description: String {
        switch self {
        case .connectionRefused: return "connection refused"
        case .timedOut(let limit): return "timed out after \(DurationText.format(limit))"
        case .httpStatus(let code): return "HTTP \(code)"
        case .hostNotFound: return "host not found"
        case .tlsFailure(let reason): return "TLS failed: \(reason)"
        case .tooLarge(let limit): return "response larger than \(limit >> 20) MiB"
        case .file(let message), .other(let message): return message
        case .waiting(let path): return "waiting for \(path)"
        }
    }
}
