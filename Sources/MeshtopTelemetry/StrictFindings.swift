/// What strict checking found: the first issues in input order, and how many there were in all.
package struct StrictFindings: Sendable {
    /// The issues kept, at most the limit given at creation.
    package private(set) var issues: [ParseIssue] = []
    /// Every issue found, kept or not.
    package private(set) var count = 0
    private let limit: Int

    /// Creates an empty list that keeps at most `limit` issues.
    package init(limit: Int = 1000) {
        self.limit = max(0, limit)
    }

    /// Adds a violation of the format's rules at `line`, `column`.
    mutating func add(line: Int, column: Int, _ reason: String) {
        count += 1
        if issues.count < limit {
            issues.append(ParseIssue(line: line, column: column, reason: reason, severity: .violation))
        }
    }

    /// The issues in line order (rules that judge a group of lines report when the group ends).
    package var sorted: [ParseIssue] {
        issues.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
