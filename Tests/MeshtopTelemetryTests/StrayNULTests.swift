import MeshtopTelemetry
import Testing

/// A stray NUL byte is one bad line of text, not a reason to call the whole dump binary.
struct StrayNULTests {
    @Test(arguments: [
        "# HELP a A gauge\u{0}with a NUL.\n# TYPE a gauge\na 1\nb{x=\"y\"} 2\n",
        "a 1\nb{x=\"y\u{0}z\"} 2\nc 3\n",
        "a 1\n\u{0}\nc 3\n",
    ])
    func aDumpWithOneNULKeepsItsOtherSamples(text: String) {
        let dump = parse(text)
        #expect(!dump.issues.contains { $0.reason.hasPrefix("not telemetry text") })
        #expect(dump.samples.count >= 2)
        #expect(dump.samples.contains { $0.name == "a" })
        #expect(Array(text.utf8).withUnsafeBufferPointer { FormatSniffer.binaryOffset($0) } == nil)
    }

    @Test func aNULInTheSniffingWindowCostsNoMoreThanOnePastIt() {
        var text = "# HELP istio_requests_total Requests.\u{0}\n# TYPE istio_requests_total counter\n"
        for index in 0..<2000 { text += "istio_requests_total{pod=\"p-\(index)\"} \(index)\n" }
        let early = parse(text)
        #expect(early.samples.count == 2000)
        #expect(early.issues.count <= 1)
    }

    @Test func mostlyBinaryInputIsStillBinary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        var generator = SeededGenerator(seed: 11)
        let random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let utf16 = Array("a 1\nb 2\nc 3\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        for input in [png, png + random, random, utf16, [UInt8](repeating: 0, count: 100)] {
            #expect(input.withUnsafeBufferPointer { FormatSniffer.binaryOffset($0) } != nil)
            #expect(TelemetryParser.parse(input).samples.isEmpty)
        }
    }
}
