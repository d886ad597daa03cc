import MeshtopModel
import Yams

extension ManifestValue {
    /// `node` as read with every scalar as text (the loader's `.basic` resolver): a plain scalar in JSON's
    /// number grammar is a number, `true`/`false` a boolean, `~`/`null`/empty a null (in any case YAML
    /// allows), and every other scalar text, quoted ones always.
    init(node: Node) {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain || scalar.style == .any else {
                self = .string(scalar.string)
                return
            }
            let text = scalar.string
            if ["", "~", "null", "Null", "NULL"].contains(text) {
                self = .null
            } else if ["true", "True", "TRUE"].contains(text) {
                self = .bool(true)
            } else if ["false", "False", "FALSE"].contains(text) {
                self = .bool(false)
            } else if Self.isJSONNumber(text) {
                self = .number(text)
            } else {
                self = .string(text)
            }
        case .mapping(let mapping):
            self = .map(mapping.map { Entry($0.key.string ?? "", ManifestValue(node: $0.value)) })
        case .sequence(let sequence):
            self = .list(sequence.map(ManifestValue.init(node:)))
        case .alias:
            // The composer resolves aliases to the nodes they name; none reaches here.
            self = .null
        }
    }
}
