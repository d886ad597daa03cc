/// Why an HTTP exchange produced no answer, in plain words that never hold the URL, headers or tokens.
package enum HTTPFailure: Error, Equatable, CustomStringConvertible {
    /// Nothing listens at the address.
    case connectionRefused
    /// No complete answer within the request's timeout.
    case timedOut
    /// The host name does not resolve.
    case hostNotFound
    /// The TLS handshake or the server certificate check failed, for the given reason.
    case tls(String)
    /// The CA file given for the request cannot be read or holds no certificate.
    case unreadableCAFile
    /// The connection broke or closed before the answer was complete.
    case connectionLost
    /// The server's reply was not HTTP this client understands.
    case malformedResponse
    /// The server redirected more often than allowed.
    case tooManyRedirects
    /// The body passed the request's size limit.
    case tooLarge
    /// The caller stopped waiting.
    case cancelled
    /// Anything else, already in plain words.
    case other(String)

    /// The plain-words message.
    package var description: String {
        switch self {
        case .connectionRefused: "connection refused"
        case .timedOut: "timed out"
        case .hostNotFound: "host not found"
        case .tls(let reason): "TLS failed: \(reason)"
        case .unreadableCAFile: "cannot read the CA file"
        case .connectionLost: "connection lost"
        case .malformedResponse: "malformed HTTP response"
        case .tooManyRedirects: "too many redirects"
        case .tooLarge: "response too large"
        case .cancelled: "cancelled"
        case .other(let reason): reason
        }
    }
}
