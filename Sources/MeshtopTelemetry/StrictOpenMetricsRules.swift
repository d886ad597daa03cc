/// Judges OpenMetrics 1.0 text line by line: the ABNF ("Text format"), the overall structure, and the
/// MetricFamily metadata rules. Samples go on to ``StrictPointRules`` once their family is known.
///
/// Structure ("Overall Structure"): UTF-8 without a byte order mark, lines ending in a line feed with no
/// carriage return, no blank lines, no comments besides `# TYPE`, `# HELP`, `# UNIT` and the final `# EOF`,
/// nothing after `# EOF` but one line feed. Metadata ("MetricFamily metadata"): at most one of each kind of
/// line per family, all before the family's samples; a `# UNIT` is the name's suffix; a family's name is
/// unique in the exposition (families are not interleaved) and its sample names clash with no other's.
struct StrictOpenMetricsRules {
    /// A family being read.
    struct Family {
        var name: String
        var kind: MetricKind = .untyped
        var line: Int
        var typed = false
        var described = false
        var unit: String?
        var unitLine = 0
        var sampled = false
        /// Whether its first sample belongs to an earlier family (its names are that family's).
        var strayed = false
    }

    private(set) var current: Family?
    /// The names of families already read.
    private var closedFamilies = Set<String>()
    /// Which family each possible sample name belongs to.
    private var sampleNameOwners: [String: String] = [:]
    private var points = StrictPointRules()
    private var sawEndOfFile = false
    private var reportedAfterEndOfFile = false
    private var lastLine = 0

    /// Judges line `number` (without its line feed).
    mutating func check(line: [UInt8], number: Int, into findings: inout StrictFindings) {
        lastLine = number
        if sawEndOfFile {
            if !reportedAfterEndOfFile {
                reportedAfterEndOfFile = true
                findings.add(line: number, column: 1, "content after # EOF (an exposition ends there)")
            }
            return
        }
        var line = line
        if line.last == UInt8(ascii: "\r") {
            findings.add(
                line: number,
                column: line.count,
                "carriage return at the end of the line (OpenMetrics lines end with a line feed only)"
            )
            line.removeLast()
        }
        if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) {
            findings.add(line: number, column: 1, "byte order mark (OpenMetrics text must not start with one)")
            line.removeFirst(3)
        }
        if let bad = Self.invalidUTF8Offset(line) {
            return findings.add(line: number, column: bad + 1, "invalid UTF-8")
        }
        guard let first = line.first else {
            return findings.add(line: number, column: 1, "blank line (the OpenMetrics grammar has none)")
        }
        if first == UInt8(ascii: "#") {
            comment(line, number: number, into: &findings)
        } else {
            sample(line, number: number, into: &findings)
        }
    }

    /// Reports what only the end reveals: a missing `# EOF`, and the last family's point and names.
    mutating func finish(into findings: inout StrictFindings) {
        closeFamily(into: &findings)
        if !sawEndOfFile {
            findings.add(line: max(lastLine, 1), column: 1, "OpenMetrics text does not end with # EOF")
        }
    }

    // MARK: Metadata

    private mutating func comment(_ line: [UInt8], number: Int, into findings: inout StrictFindings) {
        let text = String(decoding: line, as: UTF8.self)
        if text == "# EOF" {
            closeFamily(into: &findings)
            sawEndOfFile = true
            return
        }
        let keywords = ["# TYPE ", "# HELP ", "# UNIT "]
        guard let keyword = keywords.first(where: { text.hasPrefix($0) }) else {
            let reason =
                text.hasPrefix("# EOF")
                ? "unexpected text after # EOF"
                : "comment line (OpenMetrics allows only # TYPE, # HELP, # UNIT and # EOF)"
            return findings.add(line: number, column: 1, reason)
        }
        var index = keyword.utf8.count
        let nameStart = index
        while index < line.count, PrometheusTextParser.isMetricNameByte(line[index]) { index += 1 }
        guard index > nameStart, PrometheusTextParser.isMetricNameStart(line[nameStart]) else {
            return findings.add(line: number, column: nameStart + 1, "invalid metric name in \(keyword)line")
        }
        let name = String(decoding: line[nameStart..<index], as: UTF8.self)
        guard index < line.count, line[index] == UInt8(ascii: " ") else {
            let reason =
                index < line.count
                ? "invalid character in the metric name" : "expected a space after the metric name"
            return findings.add(line: number, column: index + 1, reason)
        }
        let rest = Array(line[(index + 1)...])
        let restColumn = index + 2
        switch keyword {
        case "# TYPE ":
            type(name, String(decoding: rest, as: UTF8.self), number: number, column: restColumn, into: &findings)
        case "# HELP ":
            help(name, rest, number: number, column: restColumn, into: &findings)
        default:
            unit(name, rest, number: number, column: restColumn, into: &findings)
        }
    }

    private mutating func type(
        _ name: String,
        _ keyword: String,
        number: Int,
        column: Int,
        into findings: inout StrictFindings
    ) {
        guard let kind = StrictFamilyKind.openMetricsKind(keyword) else {
            let hint = keyword == "untyped" ? " (OpenMetrics calls it unknown)" : ""
            return findings.add(
                line: number,
                column: column,
                "unknown metric type '\(TerminalSafeText.escape(String(keyword.prefix(40))))'\(hint)"
            )
        }
        metadata(name, "TYPE", number: number, into: &findings) { family in
            defer { family.typed = true }
            return family.typed
        }
        current?.kind = kind
    }

    private mutating func help(
        _ name: String,
        _ text: [UInt8],
        number: Int,
        column: Int,
        into findings: inout StrictFindings
    ) {
        if let offset = Self.invalidEscapedStringOffset(text) {
            findings.add(
                line: number,
                column: column + offset,
                text[offset] == UInt8(ascii: "\"")
                    ? "unescaped '\"' in # HELP text (write \\\")" : "backslash at the end of the # HELP text"
            )
        }
        metadata(name, "HELP", number: number, into: &findings) { family in
            defer { family.described = true }
            return family.described
        }
    }

    private mutating func unit(
        _ name: String,
        _ text: [UInt8],
        number: Int,
        column: Int,
        into findings: inout StrictFindings
    ) {
        if let bad = text.firstIndex(where: { !PrometheusTextParser.isMetricNameByte($0) }) {
            findings.add(line: number, column: column + bad, "invalid character in the unit")
        }
        let unit = String(decoding: text, as: UTF8.self)
        if !unit.isEmpty, !name.hasSuffix("_" + unit) {
            findings.add(
                line: number,
                column: column,
                "unit '\(TerminalSafeText.escape(String(unit.prefix(40))))' is not the suffix of the family name "
                    + "'\(name)' (it must end in _\(TerminalSafeText.escape(String(unit.prefix(40)))))"
            )
        }
        metadata(name, "UNIT", number: number, into: &findings) { family in
            family.unit != nil
        }
        current?.unit = unit
        current?.unitLine = number
    }

    /// Opens family `name` unless it is the current one, then reports a second line of this kind
    /// (`repeated` says, and notes, whether the family had one) and metadata after samples.
    private mutating func metadata(
        _ name: String,
        _ keyword: String,
        number: Int,
        into findings: inout StrictFindings,
        repeated: (inout Family) -> Bool
    ) {
        if current?.name != name { openFamily(name, line: number, into: &findings) }
        guard var family = current else { return }
        if repeated(&family) {
            findings.add(line: number, column: 1, "second # \(keyword) line for \(name)")
        } else if family.sampled {
            findings.add(
                line: number,
                column: 1,
                "# \(keyword) for \(name) after its samples (metadata comes before a family's samples)"
            )
        }
        current = family
    }

    // MARK: Families

    private mutating func sample(_ line: [UInt8], number: Int, into findings: inout StrictFindings) {
        var lexer = StrictSampleLexer(line: line, exact: true)
        let sample: StrictSampleLine
        do {
            sample = try lexer.read()
        } catch {
            return findings.add(line: number, column: error.column, error.reason)
        }
        let suffix: String
        var fits = true
        if let family = current, let found = Self.suffix(of: sample.name, in: family) {
            suffix = found
        } else if let family = current, Self.base(of: sample.name) == family.name || sample.name == family.name {
            let names = StrictFamilyKind.suffixes(of: family.kind).map { family.name + $0 }.joined(separator: ", ")
            findings.add(
                line: number,
                column: 1,
                "sample \(sample.name) does not fit the \(StrictFamilyKind.keyword(family.kind)) family "
                    + "\(family.name) (its samples are named \(names))"
            )
            suffix = ""
            fits = false
        } else {
            if let owner = sampleNameOwners[sample.name], !closedFamilies.contains(sample.name) {
                findings.add(
                    line: number,
                    column: 1,
                    "sample \(sample.name) belongs to family \(owner), which came earlier "
                        + "(families must not be interleaved)"
                )
            }
            let strayed = sampleNameOwners[sample.name] != nil
            openFamily(sample.name, line: number, into: &findings)
            current?.strayed = strayed
            suffix = ""
        }
        guard var family = current else { return }
        family.sampled = true
        current = family
        if fits {
            points.check(sample, family: family, suffix: suffix, line: number, into: &findings)
        }
    }

    /// The suffix `name` has as a sample of `family`, if it is one.
    private static func suffix(of name: String, in family: Family) -> String? {
        guard name.hasPrefix(family.name) else { return nil }
        let rest = String(name.dropFirst(family.name.count))
        return StrictFamilyKind.suffixes(of: family.kind).contains(rest) ? rest : nil
    }

    /// `name` without the sample suffix it ends in, if any.
    private static func base(of name: String) -> String? {
        for suffix in StrictFamilyKind.allSuffixes where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return nil
    }

    private mutating func openFamily(_ name: String, line: Int, into findings: inout StrictFindings) {
        closeFamily(into: &findings)
        if closedFamilies.contains(name) {
            findings.add(
                line: line,
                column: 1,
                "family \(name) appears again (family names are unique and families are not interleaved)"
            )
        } else if name.hasPrefix("_") {
            findings.add(line: line, column: 1, "family name \(name) begins with '_' (reserved in OpenMetrics)")
        }
        current = Family(name: name, line: line)
        points = StrictPointRules()
    }

    private mutating func closeFamily(into findings: inout StrictFindings) {
        points.finish(into: &findings)
        guard let family = current else { return }
        current = nil
        if let unit = family.unit, !unit.isEmpty, family.kind == .stateSet || family.kind == .info {
            findings.add(
                line: family.unitLine,
                column: 1,
                "\(StrictFamilyKind.keyword(family.kind)) family \(family.name) must have an empty unit"
            )
        }
        guard closedFamilies.insert(family.name).inserted, !family.strayed else { return }
        for suffix in StrictFamilyKind.suffixes(of: family.kind) {
            let sampleName = family.name + suffix
            if let owner = sampleNameOwners[sampleName], owner != family.name {
                findings.add(
                    line: family.line,
                    column: 1,
                    "family \(family.name) clashes with family \(owner): both could have a sample named \(sampleName)"
                )
            } else {
                sampleNameOwners[sampleName] = family.name
            }
        }
    }

    // MARK: Bytes

    /// The offset of the first byte that is not valid UTF-8, if any.
    static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return index
            }
            guard index + length <= bytes.count, (lower...upper).contains(bytes[index + 1]) else { return index }
            for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    /// The offset of the first byte that breaks `escaped-string` (a raw `"`, or `\` ending the text).
    static func invalidEscapedStringOffset(_ text: [UInt8]) -> Int? {
        var index = 0
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: "\""): return index
            case UInt8(ascii: "\\"):
                guard index + 1 < text.count else { return index }
                index += 2
            default: index += 1
            }
        }
        return nil
    }
}
