/// One problem meshtop found in policy or traffic, with a stable code and the subject it is about.
package struct PolicyFinding: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The stable code.
    package var code: FindingCode
    /// How much it matters.
    package var severity: FindingSeverity
    /// What it is about: `namespace/workload` or `namespace/resource-name`; what `--suppress` matches.
    package var subject: String
    /// The port concerned, when the finding is about one.
    package var port: Int?
    /// The full explanation.
    package var message: String
    /// The resources involved.
    package var resources: [PolicyReference]

    /// Creates a finding.
    package init(
        code: FindingCode,
        severity: FindingSeverity,
        subject: String,
        port: Int? = nil,
        message: String,
        resources: [PolicyReference] = []
    ) {
        self.code = code
        self.severity = severity
        self.subject = subject
        self.port = port
        self.message = message
        self.resources = resources
    }

    /// `critical MT101 shop/cart: message`.
    package var description: String {
        "\(severity.rawValue) \(code.rawValue) \(subject)\(port.map { ":\($0)" } ?? ""): \(message)"
    }

    /// Most severe first, then by code, subject and port.
    package static func < (lhs: PolicyFinding, rhs: PolicyFinding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        return (lhs.port ?? -1, lhs.message) < (rhs.port ?? -1, rhs.message)
    }
}
