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
    /// Family name hashes and their kinds: distinct families without keeping their names.
    private var familyKinds: [UInt64: MetricKind] = [:]
    private var previousFamily: [UInt8] = []
    private var previousKind: MetricKind?

    /// Creates a summary that lists at most `issueListLimit` issues.
    package init(issueListLimit: Int = 20) {
        self.issueListLimit = issueListLimit
    }

    /// The number of distinct families.
    package var familyCount: Int { familyKinds.count }

    /// The number of distinct families of each kind present.
    package var familiesByKind: [(kind: MetricKind, count: Int)] {
        var counts: [MetricKind: Int] = [:]
        for kind in familyKinds.values { counts[kind, default: 0] += 1 }
        return MetricKind.allCases.compactMap { kind in counts[kind].map { (kind, $0) } }
    }

    /// Counts the sample, and its family when it differs from the previous sample's.
    package mutating func consume(_ sample: SampleView) {
        sampleCount += 1
        if sample.kind == previousKind,
            previousFamily.withUnsafeBufferPointer({ ByteText.equal($0, sample.family) })
        {
            return
        }
        previousKind = sample.kind
        previousFamily.removeAll(keepingCapacity: true)
        previousFamily.append(contentsOf: sample.family)
        let hash = Self.hash(sample.family)
        if familyKinds[hash] == nil || sample.kind != .untyped { familyKinds[hash] = sample.kind }
    }

    /// Counts a declared family, with or without samples.
    package mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        familyKinds[Self.hash(name)] = kind
    }

    /// Counts the issue and keeps it while the list has room.
    package mutating func report(_ issue: ParseIssue) {
        issueCount += 1
        if issue.severity == .error { errorCount += 1 } else { violationCount += 1 }
        if issues.count < issueListLimit { issues.append(issue) }
    }

    /// FNV-1a, 64 bits: collisions among a dump's family names are negligible for counting.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
