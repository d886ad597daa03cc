import Foundation

/// What following a redirect may carry: meshtop follows redirects itself, so that a request's custom
/// headers and bearer token never reach an origin they were not given for, and https never falls back to
/// plain http.
enum HTTPRedirect {
    /// The scheme, host and port of an absolute http(s) URL, lowercased, with the scheme's default port.
    struct Origin: Equatable {
        var scheme: String
        var host: String
        var port: Int

        /// The origin of `url`, or nil when it is not an absolute http or https URL.
        init?(url: String) {
            guard let schemeEnd = url.range(of: "://") else { return nil }
            scheme = url[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
            var authority = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            var hostPart = Substring(authority)
            var portText: Substring?
            if hostPart.hasPrefix("["), let close = hostPart.firstIndex(of: "]") {
                let rest = hostPart[hostPart.index(after: close)...]
                portText = rest.hasPrefix(":") ? rest.dropFirst() : nil
                hostPart = hostPart[...close]
            } else if let colon = hostPart.lastIndex(of: ":") {
                portText = hostPart[hostPart.index(after: colon)...]
                hostPart = hostPart[..<colon]
            }
            guard !hostPart.isEmpty else { return nil }
            host = hostPart.lowercased()
            let defaultPort = scheme == "https" ? 443 : 80
            if let portText, !portText.isEmpty {
                guard let number = Int(portText), (1...65_535).contains(number) else { return nil }
                port = number
            } else {
                port = defaultPort
            }
        }
    }

    /// The headers that may follow a redirect to another origin: none of a request's own (custom headers,
    /// tokens) but what asks for a format.
    static let headersKeptAcrossOrigins: Set<String> = ["accept"]

    /// The request to send after `request` was answered `status` with a `Location` that resolves to
    /// `location`, or why it must not be followed.
    static func next(after request: HTTPRequest, status: Int, location: String) -> Result<HTTPRequest, HTTPFailure> {
        guard let from = Origin(url: request.url), let to = Origin(url: location) else {
            return .failure(.other("refused a redirect to an address that is not http or https"))
        }
        if from.scheme == "https", to.scheme == "http" {
            return .failure(.other("refused a redirect from https to plain http"))
        }
        var next = request
        next.url = location
        if from != to {
            next.headers = request.headers.filter { headersKeptAcrossOrigins.contains($0.name.lowercased()) }
        }
        // As browsers and curl do: 307 and 308 repeat the request, the others turn a POST into a GET.
        if status != 307, status != 308, next.body != nil {
            next.body = nil
            next.headers.removeAll {
                $0.name.lowercased() == "content-type" || $0.name.lowercased() == "content-length"
            }
        }
        return .success(next)
    }
}
