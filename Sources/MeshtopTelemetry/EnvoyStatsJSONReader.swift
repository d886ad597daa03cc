/// Turns the JSON events of `/stats?format=json` into samples, named exactly as the text form names them.
///
/// Layout (telemetry-formats §1.3): `{"stats":[{"name":…,"value":…}, …, {"histograms":…}]}` where a value
/// is an integer (kept exact), a float, or a string (a text readout). Histogram records are objects with a
/// `name` in one of: `computed_quantiles` (with `values` of `{cumulative, interval}`, quantiles from
/// `supported_quantiles`), an array of `{name, buckets: [{upper_bound, cumulative}]}`, or `details` /
/// `combined` records whose `totals` (`{lower_bound, width, count}` or `[lower, width, count]`) become
/// cumulative buckets like the text form's `detailed` blocks.
struct EnvoyStatsJSONReader {
    /// The kind of a scalar JSON token.
    enum ScalarKind {
        case string, integer, number, boolean, null
    }

    /// What a container is, decided from its parent and key when it opens.
    private enum Role {
        case root, statsArray, stat, histogramHolder, recordArray, record, valuesArray, valueEntry
        case bucketsArray, bucketEntry, totalsArray, totalsEntry, supportedArray, other
    }

    private struct Frame {
        var role: Role
        var isObject: Bool
        var key = EnvoyJSONKey.other
        var position = 0
        /// Set on a stat or record that held a malformed value: it is not emitted.
        var malformed = false
    }

    /// Entries kept per histogram record at most; real Envoy output has 10 quantiles or ~20 buckets.
    static let maxEntries = 4096

    private var frames: [Frame] = []
    /// Maps names and emits samples (shared with the emitting extension, as are the fields below).
    var emitter = EnvoySampleEmitter()
    /// The line where the current stat or histogram record began.
    var statLine = 0
    /// The current stat's or record's name.
    var name: [UInt8] = []
    /// The current stat's value token and its kind.
    var value: [UInt8] = []
    var valueKind = ScalarKind.null
    /// The supported quantiles (percent numbers as text, concatenated) and where each ends.
    var supported: [UInt8] = []
    var supportedEnds: [Int] = []
    /// The current record's quantile values, buckets (bounds as text in `boundBytes`) and detailed totals.
    var quantiles: [Double] = []
    var boundBytes: [UInt8] = []
    var buckets: [(boundEnd: Int, value: Double, exact: UInt64?)] = []
    var totals: [(lower: Double, width: Double, count: UInt64)] = []
    private var entry: (bound: Int, number: Double?, exact: UInt64?, lower: Double, width: Double) = (0, nil, nil, 0, 0)
    private var truncatedReported = false

    /// A container opened at `line`.
    mutating func begin<C: SampleConsumer>(object: Bool, line: Int, into consumer: inout C) {
        let parent = frames.last
        let role = Self.role(parent: parent?.role, key: parent?.key ?? .other, object: object)
        switch role {
        case .stat, .record:
            name.removeAll(keepingCapacity: true)
            value.removeAll(keepingCapacity: true)
            valueKind = .null
            quantiles.removeAll(keepingCapacity: true)
            boundBytes.removeAll(keepingCapacity: true)
            buckets.removeAll(keepingCapacity: true)
            totals.removeAll(keepingCapacity: true)
            statLine = line
        case .supportedArray:
            supported.removeAll(keepingCapacity: true)
            supportedEnds.removeAll(keepingCapacity: true)
        case .valueEntry, .bucketEntry, .totalsEntry:
            entry = (boundBytes.count, nil, nil, 0, 0)
        default:
            break
        }
        frames.append(Frame(role: role, isObject: object))
    }

    private static func role(parent: Role?, key: EnvoyJSONKey, object: Bool) -> Role {
        guard let parent else { return object ? .root : .other }
        switch (parent, key, object) {
        case (.root, .stats, false): return .statsArray
        case (.statsArray, _, true): return .stat
        case (.stat, .histograms, true): return .histogramHolder
        case (.stat, .histograms, false): return .recordArray
        case (.stat, .supportedPercentiles, false), (.histogramHolder, .supportedQuantiles, false),
            (.histogramHolder, .supportedPercentiles, false):
            return .supportedArray
        case (.histogramHolder, .computedQuantiles, false), (.histogramHolder, .details, false): return .recordArray
        case (.recordArray, _, true): return .record
        case (.record, .values, false), (.record, .percentiles, false): return .valuesArray
        case (.record, .buckets, false): return .bucketsArray
        case (.record, .totals, false): return .totalsArray
        case (.valuesArray, _, true): return .valueEntry
        case (.bucketsArray, _, true): return .bucketEntry
        case (.totalsArray, _, _): return .totalsEntry
        default: return .other
        }
    }

    /// An object key.
    mutating func key(_ bytes: UnsafeBufferPointer<UInt8>) {
        frames[frames.count - 1].key = EnvoyJSONKey(bytes)
    }

    /// A scalar value (in an array, or after a key).
    mutating func scalar<C: SampleConsumer>(
        _ kind: ScalarKind,
        _ bytes: UnsafeBufferPointer<UInt8>,
        into consumer: inout C
    ) {
        guard let frame = frames.last else { return }
        defer { frames[frames.count - 1].position += 1 }
        switch (frame.role, frame.key) {
        case (.stat, .name), (.record, .name):
            name.removeAll(keepingCapacity: true)
            name.append(contentsOf: bytes)
        case (.stat, .value):
            value.removeAll(keepingCapacity: true)
            value.append(contentsOf: bytes)
            valueKind = kind
        case (.supportedArray, _):
            supported.append(contentsOf: bytes)
            supportedEnds.append(supported.count)
        case (.valuesArray, _):
            appendQuantile(kind == .null ? .nan : EnvoyNumber.double(bytes) ?? .nan, into: &consumer)
        case (.valueEntry, .cumulative):
            entry.number = EnvoyNumber.double(bytes)
        case (.bucketEntry, .upperBound):
            boundBytes.append(contentsOf: bytes)
            entry.bound = boundBytes.count
        case (.bucketEntry, .cumulative):
            entry.number = EnvoyNumber.double(bytes)
            if case .value(let exact) = EnvoyNumber.unsigned(bytes) { entry.exact = exact }
        case (.totalsEntry, .lowerBound):
            entry.lower = EnvoyNumber.double(bytes) ?? .nan
        case (.totalsEntry, .width):
            entry.width = EnvoyNumber.double(bytes) ?? .nan
        case (.totalsEntry, .count):
            if case .value(let exact) = EnvoyNumber.unsigned(bytes) { entry.exact = exact }
        case (.totalsEntry, _) where !frame.isObject:
            // The terse `[lower, width, count]` form.
            switch frame.position {
            case 0: entry.lower = EnvoyNumber.double(bytes) ?? .nan
            case 1: entry.width = EnvoyNumber.double(bytes) ?? .nan
            default: if case .value(let exact) = EnvoyNumber.unsigned(bytes) { entry.exact = exact }
            }
        default:
            break
        }
    }

    /// A value that is no JSON value: the innermost stat or histogram record holding it is dropped.
    mutating func malformedValue() {
        if let position = frames.lastIndex(where: { $0.role == .stat || $0.role == .record }) {
            frames[position].malformed = true
        }
        if !frames.isEmpty { frames[frames.count - 1].position += 1 }
    }

    /// The innermost container closed.
    mutating func end<C: SampleConsumer>(into consumer: inout C) {
        guard let frame = frames.popLast() else { return }
        if let parent = frames.last?.role, parent != .other { frames[frames.count - 1].position += 1 }
        if frame.malformed { return }
        switch frame.role {
        case .stat: emitStat(into: &consumer)
        case .record: emitRecord(into: &consumer)
        case .valueEntry: appendQuantile(entry.number ?? .nan, into: &consumer)
        case .bucketEntry:
            let start = buckets.last?.boundEnd ?? 0
            if entry.bound > start, let number = entry.number, reserveEntry(buckets.count, into: &consumer) {
                buckets.append((entry.bound, number, entry.exact))
            } else {
                boundBytes.removeSubrange(start...)
            }
        case .totalsEntry:
            guard let count = entry.exact else { return }
            if reserveEntry(totals.count, into: &consumer) { totals.append((entry.lower, entry.width, count)) }
        default:
            break
        }
    }

    private mutating func appendQuantile<C: SampleConsumer>(_ number: Double, into consumer: inout C) {
        if reserveEntry(quantiles.count, into: &consumer) { quantiles.append(number) }
    }

    /// Whether one more entry fits; reports the first overflow.
    private mutating func reserveEntry<C: SampleConsumer>(_ count: Int, into consumer: inout C) -> Bool {
        guard count >= Self.maxEntries else { return true }
        if !truncatedReported {
            truncatedReported = true
            consumer.report(
                ParseIssue(
                    line: statLine,
                    column: 1,
                    reason: "histogram with more than \(Self.maxEntries) entries, rest ignored"
                )
            )
        }
        return false
    }
}
