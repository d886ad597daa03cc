/// One HTTP(S) request as ``HTTPClient`` sends it: a GET, or a POST when it carries a body.
///
/// Header values may be secret (bearer tokens): they are sent, never shown.
package struct HTTPRequest: Sendable {
    /// The absolute http:// or https:// URL; it may hold credentials, so it is never shown either.
    package var url: String
    /// Request headers, in order.
    package var headers: [(name: String, value: String)]
    /// The body of a POST; `nil` sends a GET.
    package var body: [UInt8]?
    /// The longest the whole exchange may take, connection and redirects included.
    package var timeout: Duration
    /// Answers with a longer body are abandoned as soon as they pass this size.
    package var maximumResponseBytes: Int
    /// A PEM bundle of certificate authorities trusted instead of the system's, for a private CA.
    package var caFile: String?

    /// Creates a request.
    package init(
        url: String,
        headers: [(name: String, value: String)] = [],
        body: [UInt8]? = nil,
        timeout: Duration,
        maximumResponseBytes: Int,
        caFile: String? = nil
    ) {
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maximumResponseBytes = maximumResponseBytes
        self.caFile = caFile
    }

    /// Why `headers` cannot be sent, naming the header but never its value: a CR, LF or NUL in a name or
    /// value would end the header early and inject others; nil when every header is safe.
    package static func headerProblem(in headers: [(name: String, value: String)]) -> String? {
        for header in headers {
            guard !header.name.utf8.contains(where: isLineBreakOrNUL) else {
                return "a header name holds a line break or NUL byte, which would inject request headers"
            }
            guard !header.value.utf8.contains(where: isLineBreakOrNUL) else {
                return "the value of header '\(header.name)' holds a line break or NUL byte, "
                    + "which would inject request headers"
            }
        }
        return nil
    }

    /// Whether `byte` is CR, LF or NUL.
    package static func isLineBreakOrNUL(_ byte: UInt8) -> Bool { byte == 0x0D || byte == 0x0A || byte == 0 }
}

/// What a server answered: any status, including errors, with the whole body.
package struct HTTPResponse: Sendable {
    /// The status code of the final answer, after redirects.
    package var status: Int
    /// The `Content-Type` the final answer announced, if any.
    package var contentType: String?
    /// The body, decoded when the server compressed it.
    package var body: [UInt8]
}
