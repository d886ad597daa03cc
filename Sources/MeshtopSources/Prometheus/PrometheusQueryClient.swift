import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Talks to a Prometheus-compatible HTTP API (Prometheus, Thanos, Mimir): instant queries and federation.
package final class PrometheusQueryClient: Sendable {
    /// The server.
    package let endpoint: PrometheusEndpoint
    private let connection: PrometheusConnection
    private let session: URLSession

    /// Creates a client for the server at `base`.
    ///
    /// - Throws: ``PrometheusAPIError/invalidURL`` when `base` is not an absolute HTTP(S) URL.
    package init(base: String, connection: PrometheusConnection = PrometheusConnection()) throws(PrometheusAPIError) {
        self.endpoint = try PrometheusEndpoint(base: base)
        self.connection = connection
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = connection.timeoutSeconds
        configuration.timeoutIntervalForResource = connection.timeoutSeconds
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        self.session = URLSession(configuration: configuration)
    }

    deinit { session.invalidateAndCancel() }

    /// The server as it may be shown: no user name or password.
    package var displayName: String {
        guard var components = URLComponents(url: endpoint.base, resolvingAgainstBaseURL: false) else {
            return "prometheus"
        }
        components.user = nil
        components.password = nil
        return components.string ?? "prometheus"
    }

    /// Runs an instant query, evaluated at `time` (unix milliseconds) or at the server's now.
    ///
    /// - Throws: ``PrometheusAPIError`` in plain words: a bad query, a server-side timeout, an error status,
    ///   a refused connection.
    package func query(_ promQL: String, at time: Int64? = nil) async throws(PrometheusAPIError)
        -> PrometheusQueryResult
    {
        let (body, status) = try await queryBody(promQL, at: time)
        return try Self.decode(body, status: status)
    }

    /// Decodes an `/api/v1/query` answer with its HTTP status into a result or the error it reports.
    package static func decode(_ body: Data, status: Int) throws(PrometheusAPIError) -> PrometheusQueryResult {
        try PrometheusAPIResponse.result(from: body, status: status)
    }

    /// Runs an instant query and returns the raw JSON body and status, for callers that measure or keep it.
    package func queryBody(_ promQL: String, at time: Int64? = nil) async throws(PrometheusAPIError) -> (Data, Int) {
        var parameters = [("query", promQL), ("timeout", Self.duration(connection.timeoutSeconds))]
        if let time { parameters.append(("time", Self.seconds(time))) }
        let form = PrometheusEndpoint.formEncoded(parameters)
        var request: URLRequest
        if form.utf8.count <= connection.maximumGETQueryLength {
            request = URLRequest(url: endpoint.url(path: "api/v1/query", query: parameters))
        } else {
            request = URLRequest(url: endpoint.url(path: "api/v1/query"))
            request.httpMethod = "POST"
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(form.utf8)
        }
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        return try await send(request)
    }

    /// Fetches `/federate` with `selectors`; the body is Prometheus text with a timestamp on every sample.
    ///
    /// - Throws: ``PrometheusAPIError`` in plain words.
    package func federate(selectors: [String] = FederateQuery.selectors) async throws(PrometheusAPIError) -> [UInt8] {
        let url = endpoint.url(path: "federate", query: selectors.map { ("match[]", $0) })
        var request = URLRequest(url: url)
        request.setValue("text/plain;version=0.0.4", forHTTPHeaderField: "Accept")
        let (body, status) = try await send(request)
        guard status < 400 else {
            throw PrometheusAPIError.forStatus(status, errorType: nil, error: Self.firstLine(of: body))
        }
        return [UInt8](body)
    }

    private func send(_ original: URLRequest) async throws(PrometheusAPIError) -> (Data, Int) {
        var request = original
        for header in connection.headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        if let token = try bearerToken() { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw Self.plainWords(for: error, timeout: connection.timeoutSeconds)
        }
        guard data.count <= connection.maximumResponseBytes else {
            throw .tooLarge(limit: connection.maximumResponseBytes)
        }
        return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
    }

    private func bearerToken() throws(PrometheusAPIError) -> String? {
        guard let path = connection.bearerTokenFile else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .credentials("cannot read the bearer token file")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw .credentials("the bearer token file is empty") }
        return token
    }

    /// Maps a URLSession error to plain words; the error's own text is never used (it may hold the URL).
    static func plainWords(for error: any Error, timeout: Double) -> PrometheusAPIError {
        guard let urlError = error as? URLError else { return .other("request to Prometheus failed") }
        switch urlError.code {
        case .cannotConnectToHost: return .connectionRefused
        case .timedOut: return .timedOut(seconds: timeout)
        case .cannotFindHost, .dnsLookupFailed: return .hostNotFound
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .tlsFailure
        case .networkConnectionLost: return .other("the connection to Prometheus was lost")
        default: return .other("request to Prometheus failed (URL error \(urlError.code.rawValue))")
        }
    }

    /// Unix milliseconds as the API's decimal seconds (`1700000000.123`).
    package static func seconds(_ milliseconds: Int64) -> String {
        let whole = milliseconds / 1000
        let fraction = abs(milliseconds % 1000)
        let padded = String(fraction + 1000).dropFirst()
        return milliseconds < 0 && whole == 0 ? "-0.\(padded)" : "\(whole).\(padded)"
    }

    /// Seconds as a PromQL duration in milliseconds (`10000ms`).
    static func duration(_ seconds: Double) -> String { "\(max(1, Int((seconds * 1000).rounded())))ms" }

    private static func firstLine(of body: Data) -> String? {
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init)
        return line.map(PrometheusAPIError.sanitized)
    }
}
