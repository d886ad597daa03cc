/// How to reach a Prometheus server: timeout, extra headers, credentials and trusted CAs.
///
/// Header values and the token are sent with every request but never shown.
package struct PrometheusConnection: Sendable {
    /// The longest one request may take, in seconds; also sent as the query's `timeout` parameter.
    package var timeoutSeconds: Double
    /// Extra HTTP headers (`X-Scope-OrgID` for Mimir, a proxy's auth header).
    package var headers: [(name: String, value: String)]
    /// A file holding a bearer token, re-read on every request so rotated tokens work.
    package var bearerTokenFile: String?
    /// A PEM bundle of certificate authorities to trust for HTTPS instead of the system's (a private CA).
    package var caFile: String?
    /// Answers larger than this are rejected, so a runaway federation cannot exhaust memory.
    package var maximumResponseBytes: Int
    /// Queries whose encoded form is longer than this go as a POST form instead of a GET.
    package var maximumGETQueryLength: Int

    /// Creates connection settings.
    package init(
        timeoutSeconds: Double = 10,
        headers: [(name: String, value: String)] = [],
        bearerTokenFile: String? = nil,
        caFile: String? = nil,
        maximumResponseBytes: Int = 512 << 20,
        maximumGETQueryLength: Int = 2000
    ) {
        self.timeoutSeconds = timeoutSeconds
        self.headers = headers
        self.bearerTokenFile = bearerTokenFile
        self.caFile = caFile
        self.maximumResponseBytes = maximumResponseBytes
        self.maximumGETQueryLength = maximumGETQueryLength
    }
}
