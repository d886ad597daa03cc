import Yams

/// A YAML node with the path that leads to it, so that every decoding error can name its field and line.
struct PolicyNode {
    /// The node.
    let node: Node
    /// The dotted path from the document root (`spec.trafficPolicy.tls.mode`).
    let path: String

    /// The problem with this node, as an error the caller completes with file and document.
    func failure(_ reason: String) -> PolicyNode.Failure {
        Failure(line: node.mark?.line, field: path.isEmpty ? nil : path, reason: reason)
    }

    /// A decoding problem located in the document.
    struct Failure: Error {
        /// 1-based line.
        var line: Int?
        /// The field path.
        var field: String?
        /// What is wrong.
        var reason: String
    }

    private func child(_ node: Node, _ key: String) -> PolicyNode {
        PolicyNode(node: node, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// The value under `key` of a mapping; `nil` when absent or null. Throws when this is not a mapping.
    func optional(_ key: String) throws(Failure) -> PolicyNode? {
        guard case .mapping(let mapping) = node else { throw failure("expected a mapping, found \(kindName)") }
        guard let value = mapping[key], !value.isNull else { return nil }
        return child(value, key)
    }

    /// The value under `key`, which must be there.
    func required(_ key: String) throws(Failure) -> PolicyNode {
        guard let value = try optional(key) else {
            throw PolicyNode(node: node, path: path.isEmpty ? key : "\(path).\(key)").failure("missing")
        }
        return value
    }

    /// This node as a string scalar (numbers and booleans as written).
    func string() throws(Failure) -> String {
        guard case .scalar(let scalar) = node else { throw failure("expected a text value, found \(kindName)") }
        return scalar.string
    }

    /// This node as an integer.
    func integer() throws(Failure) -> Int {
        guard let value = Int(try string()) else { throw failure("expected a whole number") }
        return value
    }

    /// The entries of a mapping with their keys as written.
    func entries() throws(Failure) -> [(key: String, value: PolicyNode)] {
        guard case .mapping(let mapping) = node else { throw failure("expected a mapping, found \(kindName)") }
        var result: [(key: String, value: PolicyNode)] = []
        for (key, value) in mapping {
            let name = key.string ?? "?"
            result.append((name, child(value, name)))
        }
        return result
    }

    /// A string-to-string mapping such as labels.
    func labels() throws(Failure) -> [String: String] {
        var labels: [String: String] = [:]
        for (key, value) in try entries() { labels[key] = try value.string() }
        return labels
    }

    /// The elements of a sequence, with `[i]` paths.
    func elements() throws(Failure) -> [PolicyNode] {
        guard case .sequence(let sequence) = node else { throw failure("expected a list, found \(kindName)") }
        return sequence.enumerated().map { index, element in
            PolicyNode(node: element, path: "\(path)[\(index)]")
        }
    }

    /// A string enumeration value, with the accepted values named in the error.
    func enumeration<Value: RawRepresentable & CaseIterable>(_: Value.Type) throws(Failure) -> Value
    where Value.RawValue == String {
        let text = try string()
        guard let value = Value(rawValue: text.uppercased()) else {
            let accepted = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure("unknown value \"\(text)\" (expected one of \(accepted))")
        }
        return value
    }

    private var kindName: String {
        switch node {
        case .scalar: "a text value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

extension Node {
    /// Whether this is YAML null (`~`, `null` or empty).
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
