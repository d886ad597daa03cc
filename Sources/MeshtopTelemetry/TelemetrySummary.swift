/// A consumer that only counts: samples, distinct families by kind and their series, and the first issues.
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
    /// The series (samples) of each family, by its index in `families`.
    private var seriesCounts: [Int] = []
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

    /// Every family with its kind and series, most series first, then by name (allocates a name each).
    package var seriesByFamily: [FamilySeries] {
        (0..<families.count).map { index in
            FamilySeries(
                name: families.withName(index) { String(decoding: $0, as: UTF8.self) },
                kind: families[index].kind,
                series: seriesCounts[index]
            )
        }
        .sorted { $0.precedes($1) }
    }

    /// Counts the sample, its family and its family's series.
    package mutating func consume(_ sample: SampleView) {
        sampleCount += 1
        let key = ByteHash.quickKey(sample.family)
        if let index = recent.index(of: sample.family, key: key, kind: sample.kind) {
            seriesCounts[index] += 1
            return
        }
        let index = insert(sample.family)
        if sample.kind != .untyped, families[index].kind != sample.kind { families[index].kind = sample.kind }
        seriesCounts[index] += 1
        if !isKnownUniquelyReferenced(&recent) { recent = recent.copy() }
        recent.remember(sample.family, key: key, kind: sample.kind, index: index)
    }

    /// Counts a declared family, with or without samples.
    package mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        let index = insert(name)
        families[index].kind = kind
        if !isKnownUniquelyReferenced(&recent) { recent = recent.copy() }
        recent.forget(name)
    }

    /// The index of the family called `name`, with a series count of 0 when it is new.
    private mutating func insert(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        let index = families.insert(name)
        if index == seriesCounts.count { seriesCounts.append(0) }
        return index
    }

    /// Counts the issue and keeps it while the list has room.
    package mutating func report(_ issue: ParseIssue) {
        issueCount += 1
        if issue.severity == .error { errorCount += 1 } else { violationCount += 1 }
        if issues.count < issueListLimit { issues.append(issue) }
    }
}
