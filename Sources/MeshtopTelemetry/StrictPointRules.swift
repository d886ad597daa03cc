/// Judges the samples of one OpenMetrics family: each sample's labels and value by its family's type, and
/// each MetricPoint as a whole ("Metric Types", "MetricPoint", "Metric" in the specification).
///
/// Sample rules: counter totals are neither NaN nor negative; bucket, count and quantile values are what
/// their type allows; `le` only on buckets and `quantile` only on quantile samples, each a float (`le` not
/// NaN, `quantile` within 0…1); a stateset sample has a label named after its family and the value 0 or 1;
/// an info sample's value is 1; exemplars only on counter totals and buckets, their labels at most 128
/// code points, their value within the bucket. Point rules: buckets sorted by `le`, unique and cumulative,
/// a `+Inf` bucket, `_count` if and only if `_sum`, and equal to the `+Inf` bucket; a negative bucket
/// forbids a histogram `_sum`; a counter point has a `_total`. Metrics are not interleaved and the points
/// of a metric have increasing timestamps.
struct StrictPointRules {
    /// One bucket of the point being read.
    private struct Bucket {
        var bound: Double
        var count: Double
        var line: Int
        var column: Int
    }

    /// The point being read.
    private struct Point {
        var timestamp: Double?
        var firstLine: Int
        var samples = Set<[String]>()
        var buckets: [Bucket] = []
        var count: (value: Double, line: Int)?
        var sum: (value: Double, line: Int)?
        var hasTotal = false
        var hasCreated = false
    }

    private var family: StrictOpenMetricsRules.Family?
    private var metric: [String]?
    private var point: Point?
    private var finishedMetrics = Set<[String]>()

    /// Judges one sample of `family` (`suffix` tells which of its samples it is).
    mutating func check(
        _ sample: StrictSampleLine,
        family: StrictOpenMetricsRules.Family,
        suffix: String,
        line: Int,
        into findings: inout StrictFindings
    ) {
        self.family = family
        StrictLabelRules.checkNames(sample.labels, openMetrics: true, line: line, into: &findings)
        let pointLabel = Self.pointLabel(kind: family.kind, suffix: suffix)
        let metricKey = Self.key(sample.labels.filter { $0.name != pointLabel })
        let sampleKey = [sample.name] + Self.key(sample.labels)
        if metricKey != metric {
            finish(into: &findings)
            if finishedMetrics.contains(metricKey) {
                findings.add(
                    line: line,
                    column: 1,
                    "metric \(family.name)\(Self.shown(metricKey)) appears again (metrics are not interleaved)"
                )
            }
            metric = metricKey
        } else if let current = point, current.timestamp != sample.timestamp || current.samples.contains(sampleKey) {
            if let before = current.timestamp, let now = sample.timestamp, now > before {
                // A later MetricPoint of the same metric.
            } else if current.timestamp == nil, sample.timestamp == nil {
                findings.add(
                    line: line,
                    column: 1,
                    "duplicate sample \(sample.name)\(Self.shown(Self.key(sample.labels)))"
                )
            } else {
                findings.add(
                    line: line,
                    column: 1,
                    "MetricPoints of \(family.name)\(Self.shown(metricKey)) are interleaved or their timestamps "
                        + "do not increase"
                )
            }
            judgePoint(into: &findings)
            point = nil
        }
        if point == nil { point = Point(timestamp: sample.timestamp, firstLine: line) }
        point?.samples.insert(sampleKey)
        checkValue(sample, family: family, suffix: suffix, pointLabel: pointLabel, line: line, into: &findings)
        checkExemplar(sample, family: family, suffix: suffix, line: line, into: &findings)
    }

    /// Judges the last point and forgets the metric (its family has ended).
    mutating func finish(into findings: inout StrictFindings) {
        judgePoint(into: &findings)
        point = nil
        if let metric { finishedMetrics.insert(metric) }
        metric = nil
    }

    /// The label that tells a family's samples apart within one point: `le` or `quantile`.
    private static func pointLabel(kind: MetricKind, suffix: String) -> String? {
        switch kind {
        case .histogram, .gaugeHistogram: suffix == "_bucket" ? "le" : nil
        case .summary: suffix.isEmpty ? "quantile" : nil
        default: nil
        }
    }

    // MARK: Samples

    private mutating func checkValue(
        _ sample: StrictSampleLine,
        family: StrictOpenMetricsRules.Family,
        suffix: String,
        pointLabel: String?,
        line: Int,
        into findings: inout StrictFindings
    ) {
        let value = sample.value
        let column = sample.valueColumn
        let kind = family.kind
        for label in sample.labels where label.name != pointLabel {
            let misplaced =
                (label.name == "le" && (kind == .histogram || kind == .gaugeHistogram))
                || (label.name == "quantile" && kind == .summary)
            if misplaced {
                findings.add(
                    line: line,
                    column: label.column,
                    "label '\(label.name)' on \(sample.name) (a \(StrictFamilyKind.keyword(kind)) has it only on "
                        + (label.name == "le" ? "its _bucket samples)" : "its quantile samples)")
                )
            }
        }
        switch (kind, suffix) {
        case (.counter, "_total"):
            point?.hasTotal = true
            if value.isNaN || value < 0 {
                findings.add(line: line, column: column, "counter total \(sample.name) must not be NaN or negative")
            }
        case (.counter, "_created"), (.histogram, "_created"), (.summary, "_created"):
            point?.hasCreated = true
        case (.histogram, "_bucket"), (.gaugeHistogram, "_bucket"):
            bucket(sample, line: line, into: &findings)
        case (.histogram, "_count"), (.gaugeHistogram, "_gcount"), (.summary, "_count"):
            point?.count = (value, line)
            if !(StrictNumber.isInteger(value) && value >= 0) {
                findings.add(line: line, column: column, "\(sample.name) must be a non-negative integer")
            }
        case (.histogram, "_sum"), (.summary, "_sum"):
            point?.sum = (value, line)
            if value.isNaN || (value < 0 && kind == .summary) {
                findings.add(line: line, column: column, "\(sample.name) must not be NaN or negative")
            }
        case (.gaugeHistogram, "_gsum"):
            point?.sum = (value, line)
            if value.isNaN { findings.add(line: line, column: column, "\(sample.name) must not be NaN") }
        case (.summary, ""):
            quantile(sample, line: line, into: &findings)
        case (.stateSet, _):
            if sample.label(family.name) == nil {
                findings.add(
                    line: line,
                    column: 1,
                    "stateset sample \(sample.name) has no label named \(family.name) holding its state"
                )
            }
            if value != 0, value != 1 {
                findings.add(line: line, column: column, "stateset value must be 0 or 1")
            }
        case (.info, _):
            if value != 1 { findings.add(line: line, column: column, "info value must be 1") }
        default:
            break
        }
    }

    private mutating func bucket(_ sample: StrictSampleLine, line: Int, into findings: inout StrictFindings) {
        if !(StrictNumber.isInteger(sample.value) && sample.value >= 0) {
            findings.add(line: line, column: sample.valueColumn, "bucket value must be a non-negative integer")
        }
        guard let label = sample.label("le") else {
            return findings.add(line: line, column: 1, "bucket \(sample.name) has no 'le' label")
        }
        guard let bound = StrictLabelRules.float(of: label, line: line, into: &findings) else { return }
        if bound.isNaN { return findings.add(line: line, column: label.column, "bucket threshold le must not be NaN") }
        point?.buckets.append(Bucket(bound: bound, count: sample.value, line: line, column: label.column))
    }

    private func quantile(_ sample: StrictSampleLine, line: Int, into findings: inout StrictFindings) {
        if sample.value < 0 {
            findings.add(line: line, column: sample.valueColumn, "quantile value must not be negative")
        }
        guard let label = sample.label("quantile") else {
            return findings.add(line: line, column: 1, "summary sample \(sample.name) has no 'quantile' label")
        }
        guard let quantile = StrictLabelRules.float(of: label, line: line, into: &findings) else { return }
        if !(0...1).contains(quantile) {
            findings.add(line: line, column: label.column, "quantile must be between 0 and 1")
        }
    }

    private func checkExemplar(
        _ sample: StrictSampleLine,
        family: StrictOpenMetricsRules.Family,
        suffix: String,
        line: Int,
        into findings: inout StrictFindings
    ) {
        guard let exemplar = sample.exemplar else { return }
        let isBucket = (family.kind == .histogram || family.kind == .gaugeHistogram) && suffix == "_bucket"
        guard isBucket || (family.kind == .counter && suffix == "_total") else {
            return findings.add(
                line: line,
                column: exemplar.column,
                "exemplar on \(sample.name) (only counter totals and histogram buckets may have one)"
            )
        }
        StrictLabelRules.checkNames(exemplar.labels, openMetrics: true, line: line, into: &findings)
        let length = exemplar.labels.reduce(0) { $0 + $1.name.unicodeScalars.count + $1.value.unicodeScalars.count }
        if length > 128 {
            findings.add(
                line: line,
                column: exemplar.column,
                "exemplar labels are \(length) code points long (at most 128)"
            )
        }
        if isBucket, let bound = sample.label("le").flatMap({ StrictNumber.number(Array($0.value.utf8)[...]) }),
            !(exemplar.value <= bound)
        {
            findings.add(
                line: line,
                column: exemplar.column,
                "exemplar value is outside its bucket (above le=\"\(sample.label("le")?.value ?? "")\")"
            )
        }
    }

    // MARK: Points

    private func judgePoint(into findings: inout StrictFindings) {
        guard let point, let family else { return }
        switch family.kind {
        case .histogram, .gaugeHistogram: judgeHistogram(point, family: family, into: &findings)
        case .counter:
            if !point.hasTotal {
                findings.add(line: point.firstLine, column: 1, "counter point of \(family.name) has no _total sample")
            }
        default: break
        }
    }

    private func judgeHistogram(
        _ point: Point,
        family: StrictOpenMetricsRules.Family,
        into findings: inout StrictFindings
    ) {
        let suffixes = family.kind == .histogram ? ("_count", "_sum") : ("_gcount", "_gsum")
        for (previous, bucket) in zip(point.buckets, point.buckets.dropFirst()) {
            if bucket.bound == previous.bound {
                findings.add(line: bucket.line, column: bucket.column, "duplicate bucket threshold")
            } else if bucket.bound < previous.bound {
                findings.add(line: bucket.line, column: bucket.column, "buckets are not sorted by increasing le")
            } else if bucket.count < previous.count {
                findings.add(
                    line: bucket.line,
                    column: 1,
                    "bucket counts are not cumulative (this bucket holds less than the one before)"
                )
            }
        }
        let infinite = point.buckets.last { $0.bound == .infinity }
        if infinite == nil {
            findings.add(
                line: point.buckets.last?.line ?? point.firstLine,
                column: 1,
                "\(StrictFamilyKind.keyword(family.kind)) point of \(family.name) has no +Inf bucket"
            )
        }
        switch (point.count, point.sum) {
        case (let count?, nil):
            findings.add(line: count.line, column: 1, "\(family.name)\(suffixes.0) without \(family.name)\(suffixes.1)")
        case (nil, let sum?):
            findings.add(line: sum.line, column: 1, "\(family.name)\(suffixes.1) without \(family.name)\(suffixes.0)")
        default: break
        }
        if let count = point.count, let infinite, count.value != infinite.count {
            findings.add(
                line: count.line,
                column: 1,
                "\(family.name)\(suffixes.0) does not equal the +Inf bucket"
            )
        }
        if family.kind == .histogram, let sum = point.sum {
            if point.buckets.contains(where: { $0.bound < 0 }) {
                findings.add(line: sum.line, column: 1, "a histogram with negative buckets must not have a _sum")
            } else if sum.value < 0 {
                findings.add(line: sum.line, column: 1, "\(family.name)_sum must not be negative")
            }
        }
    }

    // MARK: Text

    /// A label set as a key: names and values, sorted by name.
    private static func key(_ labels: [StrictLabel]) -> [String] {
        var key: [String] = []
        key.reserveCapacity(labels.count * 2)
        for label in labels.sorted(by: { $0.name < $1.name }) {
            key.append(label.name)
            key.append(label.value)
        }
        return key
    }

    /// A key as `{name="value",…}`, shortened and made safe to print.
    private static func shown(_ key: [String]) -> String {
        var text = "{"
        for index in stride(from: 0, to: key.count - 1, by: 2) {
            if index > 0 { text += "," }
            text += key[index] + "=\""
            LabelEscaping.escape(key[index + 1], into: &text)
            text += "\""
        }
        text += "}"
        let short = text.count > 60 ? text.prefix(59) + "…}" : Substring(text)
        return TerminalSafeText.escape(String(short))
    }
}
