/// Why a policy or pod file could not be read: the file, the document, the line and the field.
package struct PolicyLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name as given (`-` for standard input).
    package var file: String
    /// The 1-based document number in a multi-document stream, when the problem is inside one.
    package var document: Int?
    /// The 1-based line, when known.
    package var line: Int?
    /// The field path, such as `items[2].spec.mtls.mode`, when the problem is about one.
    package var field: String?
    /// What is wrong.
    package var reason: String

    /// Creates an error.
    package init(file: String, document: Int? = nil, line: Int? = nil, field: String? = nil, reason: String) {
        self.file = file
        self.document = document
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// `policies.yaml:12: document 3: spec.mtls.mode: unknown mode "STRICTT" (expected …)`.
    package var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let document { text += ": document \(document)" }
        if let field { text += ": \(field)" }
        return text + ": \(reason)"
    }
}
