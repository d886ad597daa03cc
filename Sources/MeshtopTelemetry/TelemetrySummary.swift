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
    /// Families whose last sample needs no table lookup to be counted again (shared by copies until one
    /// of them counts a new family).
    private var recent = RecentFamilies()

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
        if recent.contains(sample.family, key: key, kind: sample.kind) { return }
        let index = families.insert(sample.family)
        if sample.kind != .untyped, families[index].kind != sample.kind { families[index].kind = sample.kind }
        if !isKnownUniquelyReferenced(&recent) { recent = recent.copy() }
        recent.remember(sample.family, key: key, kind: sample.kind)
    }

    /// Counts a declared family, with or without samples.
    package mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        let index = families.insert(name)
        families[index].kind = kind
        if !isKnownUniquelyReferenced(&recent) { recent = recent.copy() }
        recent.forget(name)
    }

    /// Counts the issue and keeps it while the list has room.
    package mutating func report(_ issue: ParseIssue) {
        issueCount += 1
        if issue.severity == .error { errorCount += 1 } else { violationCount += 1 }
        if issues.count < issueListLimit { issues.append(issue) }
    }
}
