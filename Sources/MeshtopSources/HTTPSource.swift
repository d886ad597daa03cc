import Foundation
import MeshtopTelemetry

/// An HTTP(S) endpoint: Envoy admin, a sidecar's `:15020/stats/prometheus`, Prometheus `/federate`, Linkerd.
///
/// Status 4xx/5xx are errors; an HTTPS server signed by a private CA is trusted with
/// ``SourceOptions/caFile``. Header values and bearer tokens are sent but never appear in the name, in
/// frames or in errors.
package final class HTTPSource: TelemetrySource {
    /// The display name.
    package let name: String
    private let url: URL
    private let workload: WorkloadAttribution?
    private let options: SourceOptions

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
    }

    /// Fetches the endpoint once, bounded by the timeout.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        let request = try makeRequest()
        let began = ContinuousClock.now
        let response: HTTPResponse
        switch await HTTPClient.perform(request) {
        case .success(let answer): response = answer
        case .failure(let failure): throw FetchError(failure, request: request)
        }
        let latency = ContinuousClock.now - began
        if response.status >= 400 { throw .httpStatus(response.status) }
        return .frame(
            ScrapeFrame(
                bytes: response.body,
                source: name,
                timestampMilliseconds: WallClock.nowMilliseconds(),
                format: Self.format(forContentType: response.contentType),
                workload: workload,
                latencyMilliseconds: latency.components.seconds * 1_000 + latency.components.attoseconds
                    / 1_000_000_000_000_000
            )
        )
    }

    private func makeRequest() throws(FetchError) -> HTTPRequest {
        var headers = [
            (
                name: "Accept",
                value: "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.4,*/*;q=0.1"
            )
        ]
        headers += options.headers.map { (name: $0.name, value: $0.value) }
        if let tokenFile = options.bearerTokenFile {
            do {
                headers.append((name: "Authorization", value: "Bearer \(try BearerTokenFile.token(at: tokenFile))"))
            } catch {
                throw .file(error.reason)
            }
        }
        return HTTPRequest(
            url: url.absoluteString,
            headers: headers,
            timeout: options.timeout,
            maximumResponseBytes: options.maximumResponseBytes,
            caFile: options.caFile
        )
    }

    /// The format a `Content-Type` announces, when it announces one.
    package static func format(forContentType contentType: String?) -> TelemetryFormat? {
        guard let lowered = contentType?.lowercased() else { return nil }
        if lowered.hasPrefix("application/openmetrics-text") { return .openMetrics }
        if lowered.hasPrefix("text/plain"), lowered.contains("version=0.0.4") { return .prometheusText }
        return nil
    }
}
