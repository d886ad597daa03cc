/// Why a request to a Prometheus server failed, in words an operator can act on.
///
/// Messages never hold the URL's credentials, header values or bearer tokens; text that came from the
/// server is stripped of control characters and shortened.
package enum PrometheusAPIError: Error, Equatable, CustomStringConvertible {
    /// The base URL is not an absolute HTTP(S) URL.
    case invalidURL
    /// Nothing listens at the address.
    case connectionRefused
    /// No answer within the client's timeout.
    case timedOut(seconds: Double)
    /// The host name does not resolve.
    case hostNotFound
    /// The TLS handshake or the server certificate check failed, for the reason given.
    case tlsFailure(String)
    /// The bearer token file could not be read or is empty.
    case credentials(String)
    /// The server rejected the query (HTTP 400, `bad_data`): PromQL syntax or a bad parameter.
    case badQuery(String)
    /// The server gave up evaluating the query (HTTP 503 `timeout` or `canceled`).
    case queryTimedOut(String)
    /// The query parsed but could not be evaluated (HTTP 422 `execution`), e.g. too many samples.
    case execution(String)
    /// The server refused the credentials (HTTP 401 or 403).
    case unauthorized(status: Int)
    /// Any other error status, with the server's reason when it gave one.
    case httpStatus(Int, reason: String?)
    /// The body was not a Prometheus API response this client understands.
    case malformedResponse(String)
    /// The body was larger than allowed.
    case tooLarge(limit: Int)
    /// Anything else, already in plain words.
    case other(String)

    /// The plain-words message.
    package var description: String {
        switch self {
        case .invalidURL: return "the Prometheus URL must be an absolute http:// or https:// URL without a query"
        case .connectionRefused: return "cannot connect to Prometheus: connection refused"
        case .timedOut(let seconds): return "Prometheus did not answer within \(Self.format(seconds)) s"
        case .hostNotFound: return "cannot connect to Prometheus: host not found"
        case .tlsFailure(let reason): return "cannot connect to Prometheus: TLS failed: \(reason)"
        case .credentials(let reason): return reason
        case .badQuery(let reason): return "Prometheus rejected the query: \(reason)"
        case .queryTimedOut(let reason): return "Prometheus timed out evaluating the query: \(reason)"
        case .execution(let reason): return "Prometheus could not evaluate the query: \(reason)"
        case .unauthorized(let status): return "Prometheus refused the credentials (HTTP \(status))"
        case .httpStatus(let status, let reason?): return "Prometheus answered HTTP \(status): \(reason)"
        case .httpStatus(let status, nil): return "Prometheus answered HTTP \(status)"
        case .malformedResponse(let reason): return "unexpected answer from Prometheus: \(reason)"
        case .tooLarge(let limit): return "Prometheus answer larger than \(limit >> 20) MiB"
        case .other(let reason): return reason
        }
    }

    /// The error for a non-success status, from the API's `errorType` and `error` fields when present.
    package static func forStatus(_ status: Int, errorType: String?, error: String?) -> PrometheusAPIError {
        let reason = error.map(sanitized)
        switch (status, errorType) {
        case (401, _), (403, _): return .unauthorized(status: status)
        case (_, "bad_data"), (400, _): return .badQuery(reason ?? "bad request")
        case (_, "timeout"), (_, "canceled"), (503, _): return .queryTimedOut(reason ?? "service unavailable")
        case (_, "execution"), (422, _): return .execution(reason ?? "unprocessable query")
        default: return .httpStatus(status, reason: reason)
        }
    }

    /// Server text made safe to show: control characters replaced, at most 300 characters.
    package static func sanitized(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(300) {
            out.unicodeScalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        return text.unicodeScalars.count > 300 ? out + "…" : out
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
