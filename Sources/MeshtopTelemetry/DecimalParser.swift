/// Fast, exact parsing of the numbers in telemetry text: sample values and timestamps.
///
/// Values follow Go's `strconv.ParseFloat` syntax as the Prometheus formats do (`NaN`, `+Inf`, `-Inf`,
/// `1e+06`, `08`, `-3e3`). Unsigned integers are exact up to `UInt64.max`; decimals with at most 15
/// significant digits and a small exponent take Clinger's fast path (one exact multiply or divide);
/// anything harder goes to the standard library's correctly rounded conversion.
package enum DecimalParser {
    /// A parsed value: the double, and the exact integer when the text was an unsigned decimal integer.
    package struct Value: Equatable {
        /// The value as a double.
        package var double: Double
        /// The exact value when the text was digits only and fits 64 bits.
        package var exact: UInt64?
    }

    /// Parses the whole of `count` bytes at `start` as a value, or returns nil when they are not one.
    @inline(__always)
    package static func value(_ start: UnsafePointer<UInt8>, count: Int) -> Value? {
        var index = 0
        var mantissa: UInt64 = 0
        // Integer fast path: digits only, at most 19 of them.
        while index < count, index < 19 {
            let digit = start[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index += 1
        }
        if index == count, count > 0 { return Value(double: Double(mantissa), exact: mantissa) }
        return slowValue(start, count: count)
    }

    /// The general case: sign, fraction, exponent, 20-digit integers and keywords.
    @inline(never)
    private static func slowValue(_ start: UnsafePointer<UInt8>, count: Int) -> Value? {
        guard count > 0 else { return nil }
        let text = UnsafeBufferPointer(start: start, count: count)
        if let exact = unsignedInteger(text) { return Value(double: Double(exact), exact: exact) }
        if let special = keyword(text) { return Value(double: special, exact: nil) }
        if let fast = clinger(text) { return Value(double: fast, exact: nil) }
        guard isDecimalSyntax(text) else { return nil }
        guard let double = Double(String(decoding: text, as: UTF8.self)) else { return nil }
        return Value(double: double, exact: nil)
    }

    /// Digits only, fitting 64 bits.
    private static func unsignedInteger(_ text: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var result: UInt64 = 0
        for byte in text {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times10, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
            guard !overflow1, !overflow2 else { return nil }
            result = sum
        }
        return result
    }

    /// `NaN`, `Inf`, `Infinity` in any case, with an optional sign.
    private static func keyword(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var body = text[...]
        var negative = false
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            body = body.dropFirst()
        }
        let lowered = body.map { $0 | 0x20 }
        let value: Double
        if lowered.elementsEqual("nan".utf8) {
            value = .nan
        } else if lowered.elementsEqual("inf".utf8) || lowered.elementsEqual("infinity".utf8) {
            value = .infinity
        } else {
            return nil
        }
        return negative ? -value : value
    }

    /// Clinger's fast path: an exact mantissa below 2^53 and a power of ten up to 10^22.
    private static func clinger(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var digits = 0
        var sawDot = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "."), !sawDot {
                sawDot = true
            } else if byte &- UInt8(ascii: "0") < 10 {
                digits += 1
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                if mantissa != 0 { significant += 1 }
                if sawDot { exponent -= 1 }
                if significant > 15 { return nil }
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < text.count {
            guard text[index] | 0x20 == UInt8(ascii: "e") else { return nil }
            index += 1
            var exponentNegative = false
            if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
                exponentNegative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            var exponentDigits = 0
            while index < text.count, text[index] &- UInt8(ascii: "0") < 10, written < 10_000 {
                written = written * 10 + Int(text[index] &- UInt8(ascii: "0"))
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0, index == text.count else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard mantissa < (1 << 53), (-22...22).contains(exponent) else { return nil }
        var result = Double(mantissa)
        result = exponent >= 0 ? result * powerOfTen(exponent) : result / powerOfTen(-exponent)
        return negative ? -result : result
    }

    /// Whether `text` looks like a Go float (so the standard library is not handed keywords or junk).
    private static func isDecimalSyntax(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in text {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "p"),
                UInt8(ascii: "P"), UInt8(ascii: "a")...UInt8(ascii: "d"), UInt8(ascii: "f"),
                UInt8(ascii: "A")...UInt8(ascii: "D"), UInt8(ascii: "F"):
                continue
            default:
                return false
            }
        }
        return true
    }

    /// 10^exponent for 0...22, all exactly representable (a switch, so no lazily built table is touched on
    /// the hot path); shared with the Envoy number readers.
    @inline(__always)
    static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1e0
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }

    /// Parses the whole of `count` bytes at `start` as a signed 64-bit integer.
    @inline(__always)
    package static func integer(_ start: UnsafePointer<UInt8>, count: Int) -> Int64? {
        var index = 0
        var negative = false
        if count > 0, start[0] == UInt8(ascii: "-") || start[0] == UInt8(ascii: "+") {
            negative = start[0] == UInt8(ascii: "-")
            index = 1
        }
        guard index < count, count - index <= 19 else { return nil }
        var magnitude: UInt64 = 0
        while index < count {
            let digit = start[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            magnitude = magnitude &* 10 &+ UInt64(digit)
            index += 1
        }
        if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }
}
