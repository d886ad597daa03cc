import Yams

/// The Kubernetes objects in a YAML or JSON stream, as `kubectl get -o yaml|json` prints them: several
/// `---` documents, each an object or a `List` (`kind: List`, `PeerAuthenticationList`, …) of `items`.
struct KubernetesObjectStream {
    /// One object and where it sits.
    struct Object {
        /// The 1-based document number.
        var document: Int
        /// The object, with paths starting at `items[i]` inside a list.
        var node: PolicyNode
        /// `kind`, or empty when missing.
        var kind: String
    }

    /// The file name used in errors.
    let file: String
    /// The objects, in stream order.
    private(set) var objects: [Object] = []

    /// Parses `text`; throws `PolicyLoadError` naming the document and line of a syntax error.
    init(text: String, file: String) throws(PolicyLoadError) {
        self.file = file
        var documents: YamlSequence<Node>
        do {
            // Every scalar is read as text, so Yams need not guess tags (its default resolver's regular
            // expressions dominate the cost of large listings).
            documents = try compose_all(yaml: text, .basic)
        } catch {
            throw Self.syntaxError(error, file: file, document: 1)
        }
        var number = 0
        while let root = documents.next() {
            number += 1
            try collect(PolicyNode(node: root, path: ""), document: number)
        }
        if let error = documents.error {
            throw Self.syntaxError(error, file: file, document: number + 1)
        }
    }

    /// Turns a located decoding failure into an error naming this stream's file.
    func error(_ failure: PolicyNode.Failure, document: Int) -> PolicyLoadError {
        PolicyLoadError(
            file: file,
            document: document,
            line: failure.line,
            field: failure.field,
            reason: failure.reason
        )
    }

    private mutating func collect(_ root: PolicyNode, document: Int) throws(PolicyLoadError) {
        if root.node.isNull { return }
        do {
            let kind = try root.optional("kind")?.string() ?? ""
            if kind.hasSuffix("List"), let items = try root.optional("items") {
                for item in try items.elements() {
                    objects.append(
                        Object(document: document, node: item, kind: try item.optional("kind")?.string() ?? "")
                    )
                }
            } else {
                objects.append(Object(document: document, node: root, kind: kind))
            }
        } catch {
            throw self.error(error, document: document)
        }
    }

    private static func syntaxError(_ error: any Error, file: String, document: Int) -> PolicyLoadError {
        guard let yamlError = error as? YamlError else {
            return PolicyLoadError(file: file, document: document, reason: "cannot read: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text), \(problem)" } ?? problem
            return PolicyLoadError(file: file, document: document, line: mark.line, reason: "not valid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            return PolicyLoadError(
                file: file,
                document: document,
                line: context.mark.line,
                reason: "not valid YAML: duplicate key \(keys) in one mapping"
            )
        default:
            return PolicyLoadError(file: file, document: document, reason: "not valid YAML: \(yamlError)")
        }
    }
}
