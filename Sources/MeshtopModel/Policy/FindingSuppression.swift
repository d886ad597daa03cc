/// A `CODE=namespace/name` rule that hides matching findings, like `istioctl analyze --suppress`.
///
/// `*` in either part matches any run of characters: `MT302=legacy/*`, `MT2*=*`.
package struct FindingSuppression: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code pattern.
    package var codePattern: String
    /// The subject pattern.
    package var subjectPattern: String

    /// Parses `CODE=subject`; `nil` when there is no `=` or either side is empty.
    package init?(parsing text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let code = String(text[..<equals])
        let subject = String(text[text.index(after: equals)...])
        guard !code.isEmpty, !subject.isEmpty else { return nil }
        self.codePattern = code
        self.subjectPattern = subject
    }

    /// `CODE=subject`.
    package var description: String { "\(codePattern)=\(subjectPattern)" }

    /// Whether this rule hides `finding`.
    package func suppresses(_ finding: PolicyFinding) -> Bool {
        Self.glob(codePattern.uppercased(), matches: finding.code.rawValue)
            && Self.glob(subjectPattern, matches: finding.subject)
    }

    /// Matches `text` against `pattern`, where `*` stands for any run of characters.
    package static func glob(_ pattern: String, matches text: String) -> Bool {
        let pattern = Array(pattern)
        let text = Array(text)
        var p = 0
        var t = 0
        var star: (pattern: Int, text: Int)?
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                star = (p, t)
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if let backtrack = star {
                p = backtrack.pattern + 1
                t = backtrack.text + 1
                star = (backtrack.pattern, backtrack.text + 1)
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
