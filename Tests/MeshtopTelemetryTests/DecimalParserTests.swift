import MeshtopTelemetry
import Testing

struct DecimalParserTests {
    private func value(_ text: String) -> DecimalParser.Value? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { DecimalParser.value($0, count: buffer.count) }
        }
    }

    private func integer(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { DecimalParser.integer($0, count: buffer.count) }
        }
    }

    @Test func agreesWithTheStandardLibraryOnRandomDecimals() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...20, using: &generator)
            var text = Bool.random(using: &generator) ? "-" : ""
            let dot = Int.random(in: 0...digits, using: &generator)
            for index in 0..<digits {
                if index == dot, index > 0 { text += "." }
                text += String(Int.random(in: 0...9, using: &generator))
            }
            if Bool.random(using: &generator) { text += "e\(Int.random(in: -30...30, using: &generator))" }
            let expected = Double(text)
            #expect(value(text)?.double == expected, "\(text)")
        }
    }

    @Test func roundTripsEveryShortestDoubleRendering() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<20_000 {
            let double = Double(bitPattern: generator.next())
            guard double.isFinite else { continue }
            #expect(value("\(double)")?.double == double, "\(double)")
        }
    }

    @Test(arguments: ["", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "0x", "abc", "1 2", "--1", "NaNa", "Infinit"])
    func rejectsWhatIsNotANumber(text: String) {
        #expect(value(text) == nil)
    }

    @Test func keepsExactIntegersOnlyForUnsignedDigits() {
        #expect(value("0")?.exact == 0)
        #expect(value("18446744073709551615")?.exact == .max)
        #expect(value("18446744073709551616")?.exact == nil)
        #expect(value("+1")?.exact == nil)
        #expect(value("1e3")?.exact == nil)
    }

    @Test func parsesSignedMillisecondTimestamps() {
        #expect(integer("1716200000000") == 1_716_200_000_000)
        #expect(integer("-2") == -2)
        #expect(integer("9223372036854775807") == .max)
        #expect(integer("-9223372036854775808") == .min)
        #expect(integer("9223372036854775808") == nil)
        #expect(integer("1.5") == nil)
        #expect(integer("-") == nil)
    }
}
