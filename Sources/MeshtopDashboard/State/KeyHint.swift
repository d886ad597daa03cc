/// How a key binding shows in the hint bar: a short word for what it does and its place among the hints.
///
/// Bindings with the same hint show as one entry, their first keys together: `<>:sort`, `1-8:screens`.
package struct KeyHint: Hashable, Sendable {
    /// What the key does, in a word.
    package var word: String
    /// Lower ranks are shown first (and kept when the line is short).
    package var rank: Int

    /// Creates a hint.
    package init(_ word: String, rank: Int) {
        self.word = word
        self.rank = rank
    }
}

extension KeyMap {
    /// The hint bar's entries, most important first: each hinted binding's first key, bindings that share a
    /// hint joined (two keys side by side, more as a range).
    package var hints: [(key: String, action: String)] {
        var groups: [(hint: KeyHint, keys: [String])] = []
        for binding in bindings {
            guard let hint = binding.hint, let key = binding.keys.first else { continue }
            if let index = groups.firstIndex(where: { $0.hint == hint }) {
                groups[index].keys.append(key.label)
            } else {
                groups.append((hint, [key.label]))
            }
        }
        return groups.sorted { $0.hint.rank < $1.hint.rank }.map { group in
            let keys = group.keys
            let shown = keys.count > 2 ? keys[0] + "-" + keys[keys.count - 1] : keys.joined()
            return (shown, group.hint.word)
        }
    }
}
