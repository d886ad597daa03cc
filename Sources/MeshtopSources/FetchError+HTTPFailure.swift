extension FetchError {
    /// The health-line words for an exchange that failed, with the request's own timeout and size limit.
    init(_ failure: HTTPFailure, request: HTTPRequest) {
        switch failure {
        case .connectionRefused: self = .connectionRefused
        case .timedOut: self = .timedOut(request.timeout)
        case .hostNotFound: self = .hostNotFound
        case .tls(let reason): self = .tlsFailure(reason)
        case .unreadableCAFile: self = .file(failure.description)
        case .tooLarge: self = .tooLarge(limit: request.maximumResponseBytes)
        default: self = .other(failure.description)
        }
    }
}
