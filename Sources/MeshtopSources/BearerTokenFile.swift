import Foundation

/// A file holding a bearer token (a Kubernetes service-account token, say), re-read before every request
/// so a rotated token is used at once.
package enum BearerTokenFile {
    /// The token in the file at `path`, without the whitespace and line break around it.
    ///
    /// - Throws: a sentence naming the file, never its content: it cannot be read, is empty, or holds a line
    ///   break or NUL byte inside the token (which would inject request headers).
    package static func token(at path: String) throws(BearerTokenFileError) -> String {
        guard let bytes = try? FileDescriptor.readAll(path: path) else {
            throw .problem("cannot read the bearer token file")
        }
        let token = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw .problem("the bearer token file is empty") }
        guard !token.utf8.contains(where: HTTPRequest.isLineBreakOrNUL) else {
            throw .problem("the bearer token file '\(path)' holds a line break or NUL byte inside the token; refused")
        }
        return token
    }
}

/// Why a bearer token file cannot be used, in words that never show the token.
package enum BearerTokenFileError: Error, Equatable {
    /// The reason, naming the file.
    case problem(String)

    /// The reason.
    package var reason: String {
        switch self {
        case .problem(let reason): reason
        }
    }
}
