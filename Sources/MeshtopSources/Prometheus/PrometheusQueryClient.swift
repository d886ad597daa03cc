import Foundation

/// Talks to a Prometheus-compatible HTTP API (Prometheus, Thanos, Mimir): instant queries and federation.
package final class PrometheusQueryClient: Sendable {
    /// The server.
    package let endpoint: PrometheusEndpoint
    private let connection: PrometheusConnection

    /// Creates a client for the server at `base`.
    ///
    /// - Throws: ``PrometheusAPIError/invalidURL`` when `base` is not an absolute HTTP(S) URL.
    package init(base: String, connection: PrometheusConnection = PrometheusConnection()) throws(PrometheusAPIError) {
        self.endpoint = try PrometheusEndpoint(base: base)
        self.connection = connection
    }

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
        let (body, status) = try await queryBytes(promQL, at: time)
        return (Data(body), status)
    }

    /// ``queryBody(_:at:)`` as the bytes received, without copying them (a whole-mesh answer can be tens of MB).
    package func queryBytes(_ promQL: String, at time: Int64? = nil) async throws(PrometheusAPIError) -> ([UInt8], Int)
    {
        let (url, headers, body) = queryRequest(promQL, at: time)
        return try await send(url, headers: headers, body: body)
    }

    /// Runs an instant query and reads its answer as it arrives, handing each vector element to `element`
    /// (on the transfer's thread, in the answer's order) without ever holding the whole body.
    ///
    /// - Returns: the answer's shape and the decoded bytes it had.
    /// - Throws: ``PrometheusAPIError`` as ``query(_:at:)`` does; elements handed on before an error was
    ///   found belong to no valid answer.
    package func queryStreaming(
        _ promQL: String,
        at time: Int64? = nil,
        element: @escaping @Sendable (PrometheusVectorReader.Element) -> Void
    ) async throws(PrometheusAPIError) -> (shape: PrometheusVectorReader.Shape, bytes: Int) {
        let (url, headers, body) = queryRequest(promQL, at: time)
        let sink = PrometheusAnswerSink(element: element)
        do throws(PrometheusAPIError) {
            _ = try await send(url, headers: headers, body: body, sink: sink)
        } catch {
            sink.close()
            throw error
        }
        let (shape, bytes) = sink.finish()
        return (try shape.get(), bytes)
    }

    /// The URL, headers and form body (for a query too long for a GET) of an instant query.
    private func queryRequest(
        _ promQL: String,
        at time: Int64?
    ) -> (url: URL, headers: [(name: String, value: String)], body: [UInt8]?) {
        var parameters = [("query", promQL), ("timeout", Self.duration(connection.timeoutSeconds))]
        if let time { parameters.append(("time", Self.seconds(time))) }
        let form = PrometheusEndpoint.formEncoded(parameters)
        let accept = (name: "Accept", value: "application/json")
        guard form.utf8.count > connection.maximumGETQueryLength else {
            return (endpoint.url(path: "api/v1/query", query: parameters), [accept], nil)
        }
        return (
            endpoint.url(path: "api/v1/query"),
            [(name: "Content-Type", value: "application/x-www-form-urlencoded"), accept],
            Array(form.utf8)
        )
    }

    /// Fetches `/federate` with `selectors`; the body is Prometheus text with a timestamp on every sample.
    ///
    /// - Throws: ``PrometheusAPIError`` in plain words.
    package func federate(selectors: [String] = FederateQuery.selectors) async throws(PrometheusAPIError) -> [UInt8] {
        let url = endpoint.url(path: "federate", query: selectors.map { ("match[]", $0) })
        let (body, status) = try await send(url, headers: [(name: "Accept", value: "text/plain;version=0.0.4")])
        guard status < 400 else {
            throw PrometheusAPIError.forStatus(status, errorType: nil, error: Self.firstLine(of: body))
        }
        return body
    }

    /// Sends a GET (a POST with `body`) to `url` with `headers` and the connection's headers, token, timeout,
    /// size limit and CA; with a `sink`, the answer's body goes there as it arrives and none is returned.
    private func send(
        _ url: URL,
        headers: [(name: String, value: String)],
        body: [UInt8]? = nil,
        sink: (any HTTPBodySink)? = nil
    ) async throws(PrometheusAPIError) -> ([UInt8], Int) {
        var allHeaders = headers + connection.headers
        if let token = try bearerToken() { allHeaders.append((name: "Authorization", value: "Bearer \(token)")) }
        let request = HTTPRequest(
            url: url.absoluteString,
            headers: allHeaders,
            body: body,
            timeout: .milliseconds(Int64((connection.timeoutSeconds * 1000).rounded(.up))),
            maximumResponseBytes: connection.maximumResponseBytes,
            caFile: connection.caFile
        )
        let response =
            if let sink { await HTTPClient.perform(request, streamingTo: sink) } else {
                await HTTPClient.perform(request)
            }
        switch response {
        case .success(let response): return (response.body, response.status)
        case .failure(let failure): throw Self.plainWords(for: failure, connection: connection)
        }
    }

    private func bearerToken() throws(PrometheusAPIError) -> String? {
        guard let path = connection.bearerTokenFile else { return nil }
        do {
            return try BearerTokenFile.token(at: path)
        } catch {
            throw .credentials(error.reason)
        }
    }

    /// The Prometheus words for an exchange that failed.
    static func plainWords(for failure: HTTPFailure, connection: PrometheusConnection) -> PrometheusAPIError {
        switch failure {
        case .connectionRefused: .connectionRefused
        case .timedOut: .timedOut(seconds: connection.timeoutSeconds)
        case .hostNotFound: .hostNotFound
        case .tls(let reason): .tlsFailure(reason)
        case .tooLarge: .tooLarge(limit: connection.maximumResponseBytes)
        case .connectionLost: .other("the connection to Prometheus was lost")
        default: .other("request to Prometheus failed: \(failure)")
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

    private static func firstLine(of body: [UInt8]) -> String? {
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init)
        return line.map(PrometheusAPIError.sanitized)
    }
}
