extension MigrationStep.Action {
    /// The action in a few words, for a table cell.
    package var words: String {
        switch self {
        case .switchToStrict: "switch to STRICT"
        case .fixRulesAndSwitch: "fix rules, then STRICT"
        case .switchWithExceptions: "STRICT with exceptions"
        case .fixFirst: "fix first"
        case .heldBack: "held back"
        case .noChange: "no change"
        case .alreadyStrict: "already STRICT"
        case .meshWide: "mesh-wide: no change"
        }
    }
}

extension MigrationStep {
    /// The step in one line: its action, then its first object or its first thing to do.
    package var summary: String {
        if let resource = resources.first {
            let more = resources.count > 1 ? " (+\(resources.count - 1) more)" : ""
            return action.words + ": " + resource.title + more
        }
        if let first = todo.first { return action.words + ": " + first }
        return action.words
    }
}
