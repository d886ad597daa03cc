/// Tab completion of a `:` command line: the command word first, then its argument.
package struct CommandCompletion: Sendable {
    /// Commands that take an argument, beyond the key map's own words.
    package static let argumentCommands = ["ns", "wl", "theme", "horizon", "filter", "goto", "q"]

    /// Every command word.
    package var commands: [String]
    /// Namespace names, for `:ns`.
    package var namespaces: [String]
    /// Workloads as `ns/name`, for `:wl`.
    package var workloads: [String]
    /// Horizon labels, for `:horizon`.
    package var horizons: [String]

    /// Creates a completion over these words.
    package init(commands: [String], namespaces: [String], workloads: [String], horizons: [String]) {
        self.commands = commands
        self.namespaces = namespaces
        self.workloads = workloads
        self.horizons = horizons
    }

    /// The line completed as far as the matches agree, and the matches (sorted, without repeats).
    package func complete(_ line: String) -> (text: String, candidates: [String]) {
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count < 2 {
            let matches = Self.matches(of: parts.first ?? "", in: commands)
            guard let only = matches.first else { return (line, []) }
            if matches.count == 1 { return (only + " ", matches) }
            return (Self.commonPrefix(matches), matches)
        }
        let word = parts[0]
        let pool: [String]
        switch word {
        case "ns", "namespace": pool = namespaces
        case "wl", "workload": pool = workloads
        case "horizon": pool = horizons
        default: return (line, [])
        }
        let matches = Self.matches(of: parts[1], in: pool)
        guard !matches.isEmpty else { return (line, []) }
        return (word + " " + (matches.count == 1 ? matches[0] : Self.commonPrefix(matches)), matches)
    }

    private static func matches(of prefix: String, in words: [String]) -> [String] {
        Array(Set(words.filter { $0.hasPrefix(prefix) })).sorted()
    }

    private static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
