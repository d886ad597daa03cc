/// The usual shape of an Envoy quantile token, `P<q>(<interval>,<digits>[.<digits>])`, read in one pass.
///
/// Every sidecar histogram line holds ten of these (`P50(nan,12.5)`), so they are read without first
/// delimiting the token and then parsing its number. Anything else (a sign, an exponent, `nan`, more than
/// 15 digits, a malformed token) yields nil and is left to ``EnvoyHistogramToken`` and
/// ``EnvoyNumber/double(_:)``, which give the same value for every token this accepts.
struct EnvoyQuantileToken {
    /// The `<q>` after `P`.
    var percent: UnsafeBufferPointer<UInt8>
    /// The cumulative value.
    var value: Double
    /// The index just past the closing parenthesis.
    var end: Int

    /// `"nan,"` read as a little-endian word: the interval Envoy prints for a scrape-to-scrape window.
    private static let nanComma: UInt32 = 0x2C6E_616E

    /// Reads the token starting at `start` in `text`, or returns nil when it is not of the usual shape.
    @inline(__always)
    init?(_ text: UnsafeBufferPointer<UInt8>, at start: Int) {
        guard let base = text.baseAddress, base[start] == UInt8(ascii: "P") else { return nil }
        let count = text.count
        var index = start + 1
        while index < count, base[index] != UInt8(ascii: "("), base[index] != UInt8(ascii: " ") { index += 1 }
        guard index < count, index > start + 1, base[index] == UInt8(ascii: "(") else { return nil }
        let open = index
        index += 1
        if index + 4 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self) == Self.nanComma {
            index += 4
        } else {
            while index < count, base[index] != UInt8(ascii: ","), base[index] != UInt8(ascii: " ") { index += 1 }
            guard index < count, base[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
        let digitsStart = index
        var mantissa: UInt64 = 0
        while index < count, base[index] &- UInt8(ascii: "0") < 10 {
            mantissa = mantissa &* 10 &+ UInt64(base[index] &- UInt8(ascii: "0"))
            index += 1
        }
        let integerDigits = index - digitsStart
        var fractionDigits = 0
        if index < count, base[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < count, base[index] &- UInt8(ascii: "0") < 10 {
                mantissa = mantissa &* 10 &+ UInt64(base[index] &- UInt8(ascii: "0"))
                index += 1
            }
            fractionDigits = index - fractionStart
        }
        guard integerDigits > 0, integerDigits + fractionDigits <= 15, index < count,
            base[index] == UInt8(ascii: ")")
        else { return nil }
        percent = UnsafeBufferPointer(start: base + start + 1, count: open - start - 1)
        let magnitude = Double(mantissa)
        value = fractionDigits == 0 ? magnitude : magnitude / DecimalParser.powerOfTen(fractionDigits)
        end = index + 1
    }
}
