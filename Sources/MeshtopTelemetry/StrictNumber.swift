/// The number syntax strict checking judges by.
///
/// OpenMetrics' ABNF `realnumber` (`[SIGN] 1*DIGIT ["." *DIGIT] ["e" [SIGN] 1*DIGIT]` or
/// `[SIGN] *DIGIT "." 1*DIGIT [...]`) has the shape of the decimal floats Go's `strconv.ParseFloat` reads,
/// which is what `promtool` holds `le` and `quantile` values to; `number` adds `inf`, `infinity` and `nan`
/// in any case (a sign only before the infinities). Hexadecimal floats (`0x1p-3`) and digit separators are
/// neither. A number must fit a 64-bit float.
enum StrictNumber {
    /// Whether `text` is a `realnumber`: digits with an optional point, exponent and sign.
    static func isRealNumber(_ text: ArraySlice<UInt8>) -> Bool {
        var index = text.startIndex
        if index < text.endIndex, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
            index += 1
        }
        let integerStart = index
        while index < text.endIndex, isDigit(text[index]) { index += 1 }
        var digits = index - integerStart
        if index < text.endIndex, text[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < text.endIndex, isDigit(text[index]) { index += 1 }
            digits += index - fractionStart
        }
        guard digits > 0 else { return false }
        if index < text.endIndex, text[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < text.endIndex, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
                index += 1
            }
            let exponentStart = index
            while index < text.endIndex, isDigit(text[index]) { index += 1 }
            guard index > exponentStart else { return false }
        }
        return index == text.endIndex
    }

    /// The value of an OpenMetrics `number` (a `realnumber`, `[SIGN] inf`/`infinity` or `nan`, keywords
    /// in any case), or nil when `text` is not one or does not fit a 64-bit float.
    static func number(_ text: ArraySlice<UInt8>) -> Double? {
        if let keyword = keyword(text) { return keyword }
        return realNumber(text)
    }

    /// The value of a `realnumber`, or nil when `text` is not one or does not fit a 64-bit float.
    static func realNumber(_ text: ArraySlice<UInt8>) -> Double? {
        guard isRealNumber(text) else { return nil }
        let parsed = text.withUnsafeBufferPointer { bytes in
            bytes.baseAddress.flatMap { DecimalParser.value($0, count: bytes.count)?.double }
        }
        guard let value = parsed ?? Double(String(decoding: text, as: UTF8.self)), value.isFinite else {
            return nil
        }
        return value
    }

    /// Whether a number's text is a `realnumber` that is too large for a 64-bit float.
    static func overflows(_ text: ArraySlice<UInt8>) -> Bool {
        isRealNumber(text) && realNumber(text) == nil
    }

    /// Whether `value` is a whole number (what counts and bucket values must be).
    static func isInteger(_ value: Double) -> Bool {
        value.isFinite && value.rounded(.towardZero) == value
    }

    /// `nan`, `inf`, `infinity` in any case, the infinities with an optional sign.
    private static func keyword(_ text: ArraySlice<UInt8>) -> Double? {
        guard let last = text.last, last | 0x20 >= UInt8(ascii: "a"), last | 0x20 <= UInt8(ascii: "z") else {
            return nil
        }
        var body = text
        var sign = 1.0
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            body = body.dropFirst()
        }
        let lowered = String(decoding: body.map { $0 | 0x20 }, as: UTF8.self)
        if lowered == "inf" || lowered == "infinity" { return sign * .infinity }
        if lowered == "nan", body.count == text.count { return .nan }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}
