/// A consumer that only counts: samples, distinct families by kind, and the first issues.
///
/// It keeps no sample, so it runs at the parser's speed on dumps of any size (`meshtop inspect`).
package struct TelemetrySummary: SampleConsumer {
    /// Samples seen.
    package private(set) var sampleCount = 0
    /// The first issues, up to the limit given at creation.
    package private(set) var issues: [ParseIssue] = []
    /// Every issue reported, listed or not.
    package private(set) var issueCount = 0
    /// Issues that dropped a line or sample.
    package private(set) var errorCount = 0
    /// Issues that only break the format's rules.
    package private(set) var violationCount = 0

    private let issueListLimit: Int
    /// Distinct families and their kinds; the names live once in the table's arena.
    private var families = FamilyTable()
    /// Family indices plus one (0: empty) by ``ByteHash/quickKey(_:salt:)`` of their names, so that most samples
    /// find their family without hashing the whole name, even when families alternate line by line (Envoy).
    private var recent = [Int](repeating: 0, count: 1024)
    /// The key each ``recent`` slot was filled for, to skip the byte comparison when it differs.
    private var recentKeys = [UInt64](repeating: 0, count: 1024)

    /// Creates a summary that lists at most `issueListLimit` issues.
    package init(issueListLimit: Int = 20) {
        self.issueListLimit = issueListLimit
    }

    /// The number of distinct families.
    package var familyCount: Int { families.count }

    /// The number of distinct families of each kind present.
    package var familiesByKind: [(kind: MetricKind, count: Int)] {
        var counts: [MetricKind: Int] = [:]
        for index in 0..<families.count { counts[families[index].kind, default: 0] += 1 }
        return MetricKind.allCases.compactMap { kind in counts[kind].map { (kind, $0) } }
    }

    /// Counts the sample and its family.
    package mutating func consume(_ sample: SampleView) {
        sampleCount += 1
        let key = ByteHash.quickKey(sample.family)
        let slot = Int(truncatingIfNeeded: key >> 54)
        let cached = recent[slot] - 1
        let index: Int
        if cached >= 0, recentKeys[slot] == key, families.withName(cached, { ByteText.equal($0, sample.family) }) {
            index = cached
        } else {
            index = families.insert(sample.family)
            recent[slot] = index + 1
            recentKeys[slot] = key
        }
        if sample.kind != .untyped, families[index].kind != sample.kind { families[index].kind = sample.kind }
    }

    /// Counts a declared family, with or without samples.
    package mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        let index = families.insert(name)
        families[index].kind = kind
    }

    /// Counts the issue and keeps it while the list has room.
    package mutating func report(_ issue: ParseIssue) {
        issueCount += 1
        if issue.severity == .error { errorCount += 1 } else { violationCount += 1 }
        if issues.count < issueListLimit { issues.append(issue) }
    }
}
