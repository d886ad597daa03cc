import Foundation

/// Keeps credentials out of names, messages and recordings.
package enum Redaction {
    /// Query parameter names whose values are treated as secrets.
    private static let secretKeys = ["token", "access_token", "password", "secret", "key", "apikey", "api_key", "auth"]

    /// A URL as it may be shown: no user info, secret-looking query values replaced by `REDACTED`.
    package static func displayName(forURL text: String) -> String {
        guard var components = URLComponents(string: text) else { return "<unparsable URL>" }
        components.user = nil
        components.password = nil
        components.queryItems = components.queryItems?.map { item in
            let lowered = item.name.lowercased()
            let secret = secretKeys.contains { lowered == $0 || lowered.hasSuffix("_" + $0) }
            return secret ? URLQueryItem(name: item.name, value: "REDACTED") : item
        }
        return components.string ?? "<unparsable URL>"
    }
}
