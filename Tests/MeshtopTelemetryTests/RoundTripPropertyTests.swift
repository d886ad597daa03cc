import MeshtopTelemetry
import Testing

/// Renders random samples as Prometheus text and checks that parsing gives them back.
struct RoundTripPropertyTests {
    @Test(arguments: 0..<300)
    func renderedSamplesParseBackToTheSameSamples(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &* 0x1000_0001 &+ 17)
        let samples = (1...Int.random(in: 1...5, using: &generator)).map { line in
            Self.randomSample(line: line, using: &generator)
        }
        let text =
            samples.map { Self.render($0, using: &generator) }.joined(separator: "\n")
            + (Bool.random(using: &generator) ? "\n" : "")
        let dump = parse(text, options: ParseOptions(format: .prometheusText))
        #expect(dump.issues == [], "\(text)")
        #expect(dump.samples.count == samples.count, "\(text)")
        for (parsed, original) in zip(dump.samples, samples) {
            #expect(sameSample(parsed, original), "\(text)")
        }
    }

    private static let nameStart = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
    private static let nameRest = nameStart + Array("0123456789")
    private static let valueCharacters: [Character] =
        Array("ab z09") + ["\"", "\\", "\n", "ü", "✓", "🙂", "{", "}", ",", "=", "#", "\t"]

    private static func randomSample(line: Int, using generator: inout SeededGenerator) -> Sample {
        var name = randomName(colons: true, using: &generator)
        if Int.random(in: 0..<6, using: &generator) == 0 { name += ".größe" }
        var labels: [Label] = []
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            var labelName = randomName(colons: false, using: &generator)
            if Int.random(in: 0..<6, using: &generator) == 0 { labelName += ".ü" }
            guard !labels.contains(where: { $0.name == labelName }) else { continue }
            let length = Int.random(in: 0...12, using: &generator)
            labels.append(
                Label(labelName, String((0..<length).map { _ in valueCharacters.randomElement(using: &generator)! }))
            )
        }
        let (value, exact) = randomValue(using: &generator)
        let timestamp =
            Bool.random(using: &generator)
            ? Int64.random(in: UnixMilliseconds.range, using: &generator) : nil
        return Sample(
            name: name,
            labels: labels,
            value: value,
            exactValue: exact,
            timestampMilliseconds: timestamp,
            line: line
        )
    }

    private static func randomName(colons: Bool, using generator: inout SeededGenerator) -> String {
        var name = String(nameStart.randomElement(using: &generator)!)
        for _ in 0..<Int.random(in: 0...14, using: &generator) {
            name.append(
                colons && Int.random(in: 0..<10, using: &generator) == 0
                    ? ":" : nameRest.randomElement(using: &generator)!
            )
        }
        return name
    }

    private static func randomValue(using generator: inout SeededGenerator) -> (Double, UInt64?) {
        switch Int.random(in: 0..<7, using: &generator) {
        case 0: return (.nan, nil)
        case 1: return (Bool.random(using: &generator) ? .infinity : -.infinity, nil)
        case 2:
            let exact =
                UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator)
            return (Double(exact), exact)
        case 3: return (Double(Int.random(in: -1000...1000, using: &generator)) / 8, nil)
        case 4: return (Double.random(in: -1e6...1e6, using: &generator), nil)
        default:
            let bits = UInt64.random(in: 0...UInt64.max, using: &generator)
            let double = Double(bitPattern: bits)
            return (double.isFinite ? double : 0.5, nil)
        }
    }

    /// Renders `sample` with random (valid) spacing, quoting and trailing commas.
    private static func render(_ sample: Sample, using generator: inout SeededGenerator) -> String {
        func blank() -> String { ["", " ", "\t", "  "].randomElement(using: &generator)! }
        let quoteName = sample.name.contains(".") || Int.random(in: 0..<5, using: &generator) == 0
        var items: [String] = quoteName ? ["\"\(sample.name)\""] : []
        for label in sample.labels {
            var escaped = ""
            LabelEscaping.escape(label.value, into: &escaped)
            let name = label.name.contains(".") ? "\"\(label.name)\"" : label.name
            items.append("\(name)\(blank())=\(blank())\"\(escaped)\"")
        }
        var text = quoteName ? "" : sample.name
        if !items.isEmpty || Bool.random(using: &generator) {
            text += (quoteName ? "" : blank()) + "{" + blank() + items.joined(separator: blank() + "," + blank())
            if !items.isEmpty, Bool.random(using: &generator) { text += "," }
            text += blank() + "}"
        }
        let value: String
        if sample.value.isNaN {
            value = "NaN"
        } else if sample.value.isInfinite {
            value = sample.value > 0 ? "+Inf" : "-Inf"
        } else if let exact = sample.exactValue {
            value = String(exact)
        } else {
            value = "\(sample.value)"
        }
        text += " " + blank() + value
        if let timestamp = sample.timestampMilliseconds { text += " " + blank() + String(timestamp) }
        return text + blank()
    }
}
