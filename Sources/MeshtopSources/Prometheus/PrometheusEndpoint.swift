import Foundation

/// A Prometheus server's base URL, and the URLs of its endpoints under it.
///
/// Servers behind a path prefix (`https://host/prometheus/`) keep the prefix; every query value is
/// percent-encoded strictly, so PromQL's `{`, `"`, `=~` and `|` travel unchanged.
package struct PrometheusEndpoint: Sendable, Equatable {
    /// The base URL, without a trailing slash.
    package let base: URL

    /// Parses `base`.
    ///
    /// - Throws: ``PrometheusAPIError/invalidURL`` unless `base` is an absolute `http` or `https` URL
    ///   without a query.
    package init(base text: String) throws(PrometheusAPIError) {
        guard var components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            components.host?.isEmpty == false, components.query == nil
        else { throw .invalidURL }
        while components.path.hasSuffix("/") { components.path.removeLast() }
        guard let url = components.url else { throw .invalidURL }
        self.base = url
    }

    /// Whether the server is Cloud Monitoring's Prometheus API (`https://monitoring.googleapis.com/v1/projects/…`),
    /// which answers PromQL but serves no `/federate`.
    package var isCloudMonitoring: Bool { base.host?.lowercased() == "monitoring.googleapis.com" }

    /// The URL of `path` (`api/v1/query`, `federate`) with `query` pairs encoded in order.
    package func url(path: String, query: [(String, String)] = []) -> URL {
        var text = base.absoluteString + "/" + path
        if !query.isEmpty { text += "?" + Self.formEncoded(query) }
        // Every byte outside the unreserved set was percent-encoded above, so this always parses.
        return URL(string: text) ?? base
    }

    /// `name=value&…` with both sides percent-encoded (an `application/x-www-form-urlencoded` body).
    package static func formEncoded(_ pairs: [(String, String)]) -> String {
        pairs.map { percentEncoded($0.0) + "=" + percentEncoded($0.1) }.joined(separator: "&")
    }

    /// `text` with every byte but ASCII letters, digits and `-._~` percent-encoded.
    package static func percentEncoded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%"
                out += String(byte >> 4, radix: 16, uppercase: true)
                out += String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
