import Foundation
import MeshtopTelemetry

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An HTTP(S) endpoint: Envoy admin, a sidecar's `:15020/stats/prometheus`, Prometheus `/federate`, Linkerd.
///
/// Status 4xx/5xx are errors. Header values and bearer tokens are sent but never appear in the name, in
/// frames or in errors.
package final class HTTPSource: TelemetrySource {
    /// The display name.
    package let name: String
    private let url: URL
    private let workload: WorkloadAttribution?
    private let options: SourceOptions
    private let session: URLSession

    /// Creates a source for `url`.
    ///
    /// - Throws: ``SourceError/invalidArgument(_:)`` when the URL does not parse.
    package init(name: String, url text: String, workload: WorkloadAttribution? = nil, options: SourceOptions) throws {
        guard let url = URL(string: text), url.host != nil else {
            throw SourceError.invalidArgument("'\(Redaction.displayName(forURL: text))' is not a valid URL")
        }
        self.name = name
        self.url = url
        self.workload = workload
        self.options = options
        let configuration = URLSessionConfiguration.ephemeral
        let seconds = Double(options.timeout.components.seconds) + Double(options.timeout.components.attoseconds) / 1e18
        // FoundationNetworking rounds sub-second timeouts badly, so its own limit is a whole-second backstop
        // and `fetch` enforces the exact one.
        configuration.timeoutIntervalForRequest = seconds.rounded(.up) + 1
        configuration.timeoutIntervalForResource = seconds.rounded(.up) + 1
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration)
    }

    // Outstanding requests finish (bounded by the session timeout): cancelling them is unsafe, see `race`.
    deinit { session.finishTasksAndInvalidate() }

    /// Fetches the endpoint once, bounded by the timeout.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        let request = try makeRequest()
        let began = ContinuousClock.now
        let result = await race(request)
        let (data, response) = try result.get()
        let latency = ContinuousClock.now - began
        if let status = (response as? HTTPURLResponse)?.statusCode, status >= 400 { throw .httpStatus(status) }
        guard data.count <= options.maximumResponseBytes else { throw .tooLarge(limit: options.maximumResponseBytes) }
        let contentType = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type")
        return .frame(
            ScrapeFrame(
                bytes: [UInt8](data),
                source: name,
                timestampMilliseconds: WallClock.nowMilliseconds(),
                format: Self.format(forContentType: contentType),
                workload: workload,
                latencyMilliseconds: latency.components.seconds * 1_000 + latency.components.attoseconds
                    / 1_000_000_000_000_000
            )
        )
    }

    /// Runs the request against the timeout and the caller's cancellation, whichever comes first.
    ///
    /// The request runs in an unstructured task that is never cancelled: cancelling a FoundationNetworking
    /// data task while it completes can deadlock the Swift concurrency runtime (seen with Swift 6.3 on
    /// Linux). An abandoned request still ends by itself, at the session's whole-second backstop timeout.
    private func race(_ request: URLRequest) async -> Result<(Data, URLResponse), FetchError> {
        let timeout = options.timeout
        let session = session
        let once = OnceContinuation<Result<(Data, URLResponse), FetchError>>()
        Task {
            do {
                once.resume(returning: .success(try await session.data(for: request)))
            } catch {
                once.resume(returning: .failure(Self.plainWords(for: error, timeout: timeout)))
            }
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            once.resume(returning: .failure(.timedOut(timeout)))
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { once.install($0) }
        } onCancel: {
            once.resume(returning: .failure(.other("cancelled")))
        }
    }

    private func makeRequest() throws(FetchError) -> URLRequest {
        var request = URLRequest(url: url)
        request.setValue(
            "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.4,*/*;q=0.1",
            forHTTPHeaderField: "Accept"
        )
        for header in options.headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        if let tokenFile = options.bearerTokenFile {
            guard let bytes = try? FileDescriptor.readAll(path: tokenFile) else {
                throw .file("cannot read the bearer token file")
            }
            let token = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else { throw .file("the bearer token file is empty") }
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        }
        return request
    }

    /// The format a `Content-Type` announces, when it announces one.
    package static func format(forContentType contentType: String?) -> TelemetryFormat? {
        guard let lowered = contentType?.lowercased() else { return nil }
        if lowered.hasPrefix("application/openmetrics-text") { return .openMetrics }
        if lowered.hasPrefix("text/plain"), lowered.contains("version=0.0.4") { return .prometheusText }
        return nil
    }

    /// Maps a URLSession error to plain words; the error's own text is never used (it may hold the URL).
    static func plainWords(for error: any Error, timeout: Duration) -> FetchError {
        guard let urlError = error as? URLError else { return .other("request failed") }
        switch urlError.code {
        case .cannotConnectToHost: return .connectionRefused
        case .timedOut: return .timedOut(timeout)
        case .cannotFindHost, .dnsLookupFailed: return .hostNotFound
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .tlsFailure
        case .networkConnectionLost: return .other("connection lost")
        case .badServerResponse: return .other("malformed HTTP response")
        case .cancelled: return .other("cancelled")
        default: return .other("request failed (URL error \(urlError.code.rawValue))")
        }
    }
}
