import MeshtopTelemetry
import Testing

/// Counters and quantiles are read by fast paths when they look as Envoy usually prints them, and by the
/// general number reader otherwise; both must agree with the standard library on every value.
struct EnvoyValueTests {
    /// A random value text: plain integers and decimals of up to 20 digits, signs, exponents and specials.
    static func valueText(_ random: inout SeededGenerator) -> String {
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
        }
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return digits(Int.random(in: 1...20, using: &random))
        case 1: return ["nan", "inf", "-inf", "NaN", "Infinity"].randomElement(using: &random)!
        case 2: return "-" + digits(Int.random(in: 1...6, using: &random)) + "." + digits(2)
        case 3: return digits(Int.random(in: 1...3, using: &random)) + "e+0" + digits(1)
        case 4: return digits(Int.random(in: 1...3, using: &random)) + "."
        default:
            return digits(Int.random(in: 1...8, using: &random)) + "."
                + digits(Int.random(in: 1...12, using: &random))
        }
    }

    @Test func everyQuantileValueEqualsTheStandardLibrarysReading() throws {
        var random = SeededGenerator(seed: 0x51_7A_7E)
        let quantiles = [
            "0": "0", "25": "0.25", "50": "0.5", "75": "0.75", "90": "0.9", "95": "0.95", "99": "0.99",
            "99.5": "0.995", "99.9": "0.999", "100": "1", "12.5": "0.125", "007": "0.07",
        ]
        let percents = quantiles.keys.sorted()
        var lines: [String] = []
        var expected: [(percent: String, value: String)] = []
        for line in 0..<400 {
            var tokens: [String] = []
            for _ in 0..<Int.random(in: 1...10, using: &random) {
                let percent = percents.randomElement(using: &random)!
                let interval = line % 3 == 0 ? Self.valueText(&random) : "nan"
                let value = Self.valueText(&random)
                tokens.append("P\(percent)(\(interval),\(value))")
                expected.append((percent, value))
            }
            let name = "cluster.outbound|80||a.ns.svc.cluster.local.upstream_cx_length_ms"
            lines.append(name + ": " + tokens.joined(separator: " "))
        }
        let parsed = EnvoyTestInput.parseText(lines.joined(separator: "\n") + "\n")
        #expect(parsed.issues.isEmpty, "\(parsed.issues.prefix(3))")
        try #require(parsed.samples.count == expected.count)
        for (sample, (percent, text)) in zip(parsed.samples, expected) {
            let reference = try #require(Double(text), "\(text)")
            #expect(
                sample.value.bitPattern == reference.bitPattern || (sample.value.isNaN && reference.isNaN),
                "\(text) read as \(sample.value)"
            )
            #expect(sample.labelDictionary["quantile"] == quantiles[percent], "P\(percent)")
        }
    }

    @Test func everyIntegerValueEqualsTheStandardLibrarysReading() throws {
        var random = SeededGenerator(seed: 0xC0_07E5)
        let names = ["a", "server.uptime", "cluster.outbound|80||a.ns.svc.cluster.local.upstream_rq_200"]
        var lines: [String] = []
        var expected: [String] = []
        for _ in 0..<3000 {
            let length = Int.random(in: 1...22, using: &random)
            let digits = String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            lines.append(names.randomElement(using: &random)! + ": " + digits)
            expected.append(digits)
        }
        let parsed = EnvoyTestInput.parseText(lines.joined(separator: "\n") + "\n")
        let fitting = expected.filter { UInt64($0) != nil }
        #expect(parsed.issues.count == expected.count - fitting.count)
        #expect(parsed.issues.allSatisfy { $0.reason == "integer does not fit 64 bits" })
        try #require(parsed.samples.count == fitting.count)
        for (sample, text) in zip(parsed.samples, fitting) {
            #expect(sample.exactValue == UInt64(text), "\(text) read as \(String(describing: sample.exactValue))")
            #expect(sample.value == Double(text), "\(text)")
        }
    }
}
