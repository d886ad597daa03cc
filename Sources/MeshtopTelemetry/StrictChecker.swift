/// Judges telemetry text by its format's specification, for `meshtop inspect --strict`: Prometheus text
/// 0.0.4 as `promtool check metrics` does (with ``StrictPromtoolRules`` beside the tolerant parser's own
/// violations, and a last line that ends in a line feed), OpenMetrics 1.0 by its specification alone
/// (``StrictOpenMetricsRules``).
///
/// It runs beside a ``TelemetryParser`` only when strictness is asked, so the tolerant reading stays as fast
/// as it is. Feed it the same chunks with the format the parser has found so far: lines are held until the
/// format is known (the parser knows it after 64 KiB at the latest), then judged one by one. Envoy formats
/// have no rules beyond the parser's.
package struct StrictChecker {
    /// What was found so far.
    package private(set) var findings: StrictFindings
    private let maxLineLength: Int
    /// The rules in force, once the format is known (kept apart, so each is mutated in place).
    private var promtool: StrictPromtoolRules?
    private var openMetrics: StrictOpenMetricsRules?
    private var chosen = false
    private var held: [UInt8] = []
    private var carry: [UInt8] = []
    private var skippingLongLine = false
    private var lineNumber = 0
    private var finished = false

    /// Creates a checker that keeps at most `maxIssues` issues and skips lines longer than `maxLineLength`.
    package init(maxLineLength: Int = 1 << 20, maxIssues: Int = 1000) {
        self.maxLineLength = max(1, maxLineLength)
        self.findings = StrictFindings(limit: maxIssues)
    }

    /// Judges the complete lines of `chunk` once `format` is known, holding the rest.
    package mutating func feed(_ chunk: UnsafeRawBufferPointer, format: TelemetryFormat?) {
        guard !finished else { return }
        let bytes = chunk.assumingMemoryBound(to: UInt8.self)
        guard let format else {
            held.append(contentsOf: bytes)
            return
        }
        choose(format)
        if !held.isEmpty {
            let earlier = held
            held = []
            earlier.withUnsafeBufferPointer { split($0) }
        }
        split(bytes)
    }

    /// Judges what is left and what only the end reveals; the findings are then complete.
    package mutating func finish(format: TelemetryFormat?) {
        guard !finished else { return }
        guard let format else {
            finished = true
            return
        }
        choose(format)
        if !held.isEmpty {
            let earlier = held
            held = []
            earlier.withUnsafeBufferPointer { split($0) }
        }
        finished = true
        if !carry.isEmpty || skippingLongLine {
            lineNumber += 1
            if !skippingLongLine { judge(carry) }
            if promtool != nil, skippingLongLine || carry.contains(where: { !Self.isBlank($0) }) {
                findings.add(
                    line: lineNumber,
                    column: 1,
                    "the last line does not end with a line feed (text 0.0.4 requires one)"
                )
            }
            carry = []
        }
        openMetrics?.finish(into: &findings)
    }

    /// Judges a whole input in `format` at once (for tests).
    package static func check(_ text: [UInt8], format: TelemetryFormat) -> [ParseIssue] {
        var checker = StrictChecker()
        text.withUnsafeBytes { checker.feed($0, format: format) }
        checker.finish(format: format)
        return checker.findings.sorted
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Picks the rules for `format`; a switch from text 0.0.4 to OpenMetrics (its syntax showed up late)
    /// applies OpenMetrics' rules from there on.
    private mutating func choose(_ format: TelemetryFormat) {
        if format == .openMetrics, openMetrics == nil {
            promtool = nil
            openMetrics = StrictOpenMetricsRules()
        } else if !chosen, format == .prometheusText {
            promtool = StrictPromtoolRules()
        }
        chosen = true
    }

    private mutating func split(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                take(bytes[start...])
                return
            }
            take(bytes[start..<newline])
            lineNumber += 1
            if !skippingLongLine { judge(carry) }
            skippingLongLine = false
            carry.removeAll(keepingCapacity: true)
            start = newline + 1
        }
    }

    /// Adds part of a line to the carried line, or starts skipping it when it grows too long.
    private mutating func take(_ piece: Slice<UnsafeBufferPointer<UInt8>>) {
        guard !skippingLongLine else { return }
        if carry.count + piece.count > maxLineLength {
            skippingLongLine = true
            carry.removeAll()
            findings.add(
                line: lineNumber + 1,
                column: 1,
                "line longer than \(maxLineLength) bytes (not checked)"
            )
            return
        }
        carry.append(contentsOf: piece)
    }

    private mutating func judge(_ line: [UInt8]) {
        promtool?.check(line: line, number: lineNumber, into: &findings)
        openMetrics?.check(line: line, number: lineNumber, into: &findings)
    }
}
