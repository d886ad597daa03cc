extension PrometheusAPIError {
    /// The same failure in the words every source's health line uses.
    package var fetchError: FetchError {
        switch self {
        case .connectionRefused: .connectionRefused
        case .timedOut(let seconds): .timedOut(.milliseconds(Int64((seconds * 1000).rounded())))
        case .hostNotFound: .hostNotFound
        case .tlsFailure(let reason): .tlsFailure(reason)
        case .tooLarge(let limit): .tooLarge(limit: limit)
        default: .other(description)
        }
    }
}
