/// The order in which namespaces switch to STRICT: a namespace comes after the namespaces that call it
/// (caller → destination, from the window's traffic), and among those free to go, the readier first
/// (READY and ALREADY STRICT, then BLOCKED, then NO DATA), then by name.
///
/// When callers form a cycle, no namespace of it is free: the readiest (then first by name) goes first,
/// before the callers it still has, and its step says so.
package struct MigrationOrder: Sendable {
    /// The namespaces in order.
    package let namespaces: [String]
    /// Why each namespace stands where it does, one line each.
    package let reasons: [String: [String]]

    /// Orders `rank.keys` by the caller → destination pairs in `calls` (pairs naming other namespaces,
    /// and calls within one namespace, are ignored); `rank` gives each namespace's readiness rank (lower
    /// goes first among the free).
    package init(rank: [String: Int], calls: Set<Call>) {
        var callers: [String: Set<String>] = [:]
        for call in calls where call.caller != call.destination && rank[call.caller] != nil {
            guard rank[call.destination] != nil else { continue }
            callers[call.destination, default: []].insert(call.caller)
        }
        var remaining = Set(rank.keys)
        var placed: [String] = []
        var reasons: [String: [String]] = [:]
        let before: (String, String) -> Bool = { (rank[$0]!, $0) < (rank[$1]!, $1) }
        while !remaining.isEmpty {
            let free = remaining.filter { callers[$0, default: []].isDisjoint(with: remaining) }
            let next: String
            if let first = free.min(by: before) {
                next = first
            } else {
                next = remaining.min(by: before)!
                let waiting = callers[next, default: []].intersection(remaining).sorted()
                reasons[next, default: []].append(
                    "before \(waiting.joined(separator: ", ")), though \(waiting.count == 1 ? "it calls" : "they call") "
                        + "it: their calls form a cycle, broken here by readiness, then name"
                )
            }
            let earlier = callers[next, default: []].subtracting(remaining).sorted()
            if !earlier.isEmpty {
                reasons[next, default: []].insert(
                    "after \(earlier.joined(separator: ", ")), which \(earlier.count == 1 ? "calls" : "call") it",
                    at: 0
                )
            }
            remaining.remove(next)
            placed.append(next)
        }
        self.namespaces = placed
        self.reasons = reasons
    }

    /// A call from a workload of one namespace to a workload of another.
    package struct Call: Sendable, Hashable {
        /// The calling namespace.
        package var caller: String
        /// The called namespace.
        package var destination: String

        /// Creates a call.
        package init(caller: String, destination: String) {
            self.caller = caller
            self.destination = destination
        }
    }
}
