/// How sources are fetched: timeout, extra headers, credentials, trusted CAs.
package struct SourceOptions: Sendable {
    /// One HTTP header given as `Name: value`.
    package struct Header: Sendable, Equatable {
        /// The header name.
        package var name: String
        /// The header value (may be secret: it is never shown).
        package var value: String

        /// Parses `Name: value`.
        ///
        /// - Throws: ``SourceError/invalidArgument(_:)`` naming the header but never its value, also for a CR, LF
        ///   or NUL byte in it.
        package init(parsing text: String) throws {
            guard let colon = text.firstIndex(of: ":") else {
                throw SourceError.invalidArgument("header must look like 'Name: value' (got a header without ':')")
            }
            name = text[..<colon].trimmingWhitespace()
            value = text[text.index(after: colon)...].trimmingWhitespace()
            if let problem = HTTPRequest.headerProblem(in: [(name, value)]) {
                throw SourceError.invalidArgument("--header: \(problem)")
            }
            guard !name.isEmpty, !name.contains(" ") else {
                throw SourceError.invalidArgument("header name '\(name)' is empty or contains spaces")
            }
        }
    }

    /// The longest one fetch may take, including retries' individual attempts.
    package var timeout: Duration
    /// Extra HTTP headers for every request.
    package var headers: [Header]
    /// A file holding a bearer token, re-read on every request so rotated tokens work.
    package var bearerTokenFile: String?
    /// A PEM bundle of certificate authorities to trust for HTTPS instead of the system's (a private CA).
    package var caFile: String?
    /// Responses larger than this are rejected, so a runaway endpoint cannot exhaust memory.
    package var maximumResponseBytes: Int
    /// Told when standard input has been silent for a moment (see ``StandardInputReader``); nil to say
    /// nothing (a full-screen dashboard shows the source's state instead).
    package var standardInputNotice: (@Sendable () -> Void)?

    /// Creates options.
    package init(
        timeout: Duration = .seconds(5),
        headers: [Header] = [],
        bearerTokenFile: String? = nil,
        caFile: String? = nil,
        maximumResponseBytes: Int = 256 << 20
    ) {
        self.timeout = timeout
        self.headers = headers
        self.bearerTokenFile = bearerTokenFile
        self.caFile = caFile
        self.maximumResponseBytes = maximumResponseBytes
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
