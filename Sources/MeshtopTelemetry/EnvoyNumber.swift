/// Number parsing and formatting for the Envoy parsers, on bytes and without allocating in the common cases.
enum EnvoyNumber {
    /// The outcome of reading an unsigned decimal integer.
    enum Unsigned {
        case value(UInt64)
        case overflow
        case notInteger
    }

    /// Reads `bytes` as an unsigned decimal integer (the whole slice must be digits).
    @inline(__always)
    static func unsigned(_ bytes: UnsafeBufferPointer<UInt8>) -> Unsigned {
        guard !bytes.isEmpty else { return .notInteger }
        var result: UInt64 = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return .notInteger }
            let (times10, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { return unsignedTail(bytes) }
            result = sum
        }
        return .value(result)
    }

    /// After an overflow: still `.notInteger` if a non-digit follows, else `.overflow`.
    private static func unsignedTail(_ bytes: UnsafeBufferPointer<UInt8>) -> Unsigned {
        for byte in bytes where byte &- UInt8(ascii: "0") >= 10 { return .notInteger }
        return .overflow
    }

    /// How many of the last bytes of `word` (the eight bytes that end a line, read little-endian) are decimal
    /// digits: 0 to 8, without a branch.
    @inline(__always)
    static func trailingDigitCount(_ word: UInt64) -> Int {
        let highNibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        let zeros: UInt64 = 0x3030_3030_3030_3030
        // A byte is a digit when its high nibble is 3 and adding 6 keeps it so (0x30...0x39); working on
        // seven bits keeps the additions inside their bytes.
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        let outside = ((word & highNibbles) ^ zeros) | (((low7 &+ 0x0606_0606_0606_0606) & highNibbles) ^ zeros)
        // High bit of each byte set exactly when that byte is not a digit.
        let marks = (outside | ((outside & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F)) & 0x8080_8080_8080_8080
        return marks.leadingZeroBitCount &>> 3
    }

    /// The value of the last `count` bytes of `word` (1...8, all digits, the last byte least significant).
    @inline(__always)
    static func trailingDigitsValue(_ word: UInt64, count: Int) -> UInt64 {
        // Digit values in place, the bytes before them cleared (leading zeros); then pairs, quads and the
        // halves are combined, the first byte being the most significant digit.
        var value = word & 0x0F0F_0F0F_0F0F_0F0F & (UInt64.max &<< UInt64((8 - count) &* 8))
        value = (value &* 10 &+ (value &>> 8)) & 0x00FF_00FF_00FF_00FF
        value = (value &* 100 &+ (value &>> 16)) & 0x0000_FFFF_0000_FFFF
        return (value &* 10000 &+ (value &>> 32)) & 0xFFFF_FFFF
    }

    /// Reads a decimal floating-point number as Envoy prints it (`1.05`, `1.8e+06`, `nan`, `inf`, `-0.5`).
    ///
    /// Numbers with at most 15 significant digits and a small exponent are converted exactly here;
    /// anything else goes through the standard library (which allocates a string).
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty else { return nil }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            if digits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- UInt8(ascii: "0"))
            } else {
                exponent += 1
            }
            if mantissa != 0 { digits += 1 }
            sawDigit = true
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- UInt8(ascii: "0"))
                    exponent -= 1
                    if mantissa != 0 { digits += 1 }
                }
                sawDigit = true
                index += 1
            }
        }
        guard sawDigit else { return special(bytes) }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            guard let (value, end) = exponentPart(bytes, from: index + 1) else { return nil }
            exponent += value
            index = end
        }
        guard index == bytes.count else { return nil }
        if digits <= 15, exponent >= -22, exponent <= 22 {
            let magnitude = Double(mantissa)
            let scaled =
                exponent < 0
                ? magnitude / DecimalParser.powerOfTen(-exponent) : magnitude * DecimalParser.powerOfTen(exponent)
            return negative ? -scaled : scaled
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    private static func exponentPart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int)? {
        var index = start
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var value = 0
        let digitsStart = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            value = min(value * 10 + Int(bytes[index] &- UInt8(ascii: "0")), 100_000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        return (negative ? -value : value, index)
    }

    /// `nan`, `inf` and their signed and capitalised spellings.
    private static func special(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var body = bytes
        var negative = false
        if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            body = UnsafeBufferPointer(rebasing: body[1...])
        }
        guard body.count == 3 || body.count == 8 else { return nil }
        var lowered: (UInt8, UInt8, UInt8) = (body[0] | 0x20, body[1] | 0x20, body[2] | 0x20)
        if lowered == (UInt8(ascii: "n"), UInt8(ascii: "a"), UInt8(ascii: "n")), body.count == 3 { return .nan }
        lowered = (body[0] | 0x20, body[1] | 0x20, body[2] | 0x20)
        guard lowered == (UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "f")) else { return nil }
        if body.count == 8, !ByteText.equal(UnsafeBufferPointer(rebasing: body[3...]), "inity") { return nil }
        return negative ? -.infinity : .infinity
    }

    /// Longer numbers are reformatted rather than copied into labels, which keeps per-sample label text short
    /// (the series builder reserves a fixed amount of room for it).
    static let maxLabelNumber = 32

    /// Appends `percent / 100` in decimal to `builder` by moving the decimal point (`99.5` → `0.995`,
    /// `100` → `1`, `0` → `0`), so no binary rounding creeps into `quantile` labels.
    static func appendFraction(ofPercent percent: UnsafeBufferPointer<UInt8>, to builder: EnvoySeriesBuilder) {
        guard percent.count <= maxLabelNumber else {
            return appendFormatted((double(percent) ?? .nan) / 100, to: builder)
        }
        var integerCount = 0
        while integerCount < percent.count, percent[integerCount] &- UInt8(ascii: "0") < 10 { integerCount += 1 }
        var fraction = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        if integerCount < percent.count {
            guard percent[integerCount] == UInt8(ascii: "."), integerCount > 0 else {
                return appendFormatted((double(percent) ?? .nan) / 100, to: builder)
            }
            fraction = UnsafeBufferPointer(rebasing: percent[(integerCount + 1)...])
            for byte in fraction where byte &- UInt8(ascii: "0") >= 10 {
                return appendFormatted((double(percent) ?? .nan) / 100, to: builder)
            }
        }
        guard integerCount > 0 else { return builder.append("NaN") }
        // All digits, with the point two places further left than in `percent`.
        let digitCount = integerCount + fraction.count
        let point = integerCount - 2
        var fractionDigits = 0
        var lastNonZero = -1
        func digit(_ position: Int) -> UInt8 {
            position < integerCount ? percent[position] : fraction[position - integerCount]
        }
        var first = 0
        while first < max(point, 0) - 1, digit(first) == UInt8(ascii: "0") { first += 1 }
        if point <= 0 {
            builder.append("0")
        } else {
            for position in first..<point { builder.append(digit(position)) }
        }
        let start = builder.used
        builder.append(".")
        for _ in 0..<max(-point, 0) { builder.append("0") }
        for position in max(point, 0)..<digitCount {
            builder.append(digit(position))
            fractionDigits += 1
            if digit(position) != UInt8(ascii: "0") { lastNonZero = fractionDigits }
        }
        // Drop trailing zeros, and the point when nothing is left after it.
        if lastNonZero < 0 {
            builder.truncateBytes(to: start)
        } else {
            builder.truncateBytes(to: start + 1 + max(-point, 0) + lastNonZero)
        }
    }

    /// Appends a bucket bound the way Envoy's Prometheus output prints it: integral values as plain
    /// integers (`1.8e+06` → `1800000`), others unchanged.
    static func appendBound(_ text: UnsafeBufferPointer<UInt8>, to builder: EnvoySeriesBuilder) {
        guard text.count <= maxLabelNumber else { return appendFormatted(double(text) ?? .nan, to: builder) }
        var plain = true
        for byte in text where byte | 0x20 == UInt8(ascii: "e") { plain = false }
        if plain { return builder.append(text) }
        guard let value = double(text) else { return builder.append(text) }
        appendFormatted(value, to: builder)
    }

    /// Appends a double: integers below 2^53 without a fraction, everything else in Swift's shortest form.
    static func appendFormatted(_ value: Double, to builder: EnvoySeriesBuilder) {
        if value.isNaN { return builder.append("NaN") }
        if value.isInfinite { return builder.append(value < 0 ? "-Inf" : "+Inf") }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            if value < 0 { builder.append("-") }
            return appendDecimal(UInt64(abs(value)), to: builder)
        }
        var text = value.description
        text.withUTF8 { builder.append($0) }
    }

    /// Appends an unsigned integer in decimal.
    static func appendDecimal(_ value: UInt64, to builder: EnvoySeriesBuilder) {
        var digits: (UInt64, Int) = (1, 1)
        while digits.0 <= value / 10 {
            digits.0 *= 10
            digits.1 += 1
        }
        var rest = value
        var divisor = digits.0
        for _ in 0..<digits.1 {
            builder.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
