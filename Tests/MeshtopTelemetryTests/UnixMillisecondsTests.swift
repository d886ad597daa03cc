import MeshtopTelemetry
import Testing

/// The one gate every time passes: values outside years 0000–9999 are refused, never trapped on.
struct UnixMillisecondsTests {
    @Test(arguments: [1e19, -1e19, 9.2e18, -9.2e18, 1e300, -1e300, 0x1p64, .nan, .infinity])
    func aDoubleOutsideTheRangeIsNoTime(value: Double) {
        #expect(UnixMilliseconds.checked(value) == nil)
        #expect(UnixMilliseconds.fromSeconds(value) == nil)
        #expect(UnixMilliseconds.wholeSeconds(value) == nil)
    }

    @Test func theEndsOfTheRangeAreTimes() {
        #expect(UnixMilliseconds.checked(253_402_300_799_999.0) == 253_402_300_799_999)
        #expect(UnixMilliseconds.checked(253_402_300_800_000.0) == nil)
        #expect(UnixMilliseconds.checked(-62_167_219_200_000.0) == -62_167_219_200_000)
        #expect(UnixMilliseconds.checked(-62_167_219_200_001.0) == nil)
        #expect(UnixMilliseconds.fromSeconds(1_700_000_000.25) == 1_700_000_000_250)
        #expect(UnixMilliseconds.wholeSeconds(1_700_000_000.5) == 1_700_000_001)
    }

    @Test func wholeSecondsOutsideTheRangeAreNoTime() {
        #expect(UnixMilliseconds.fromSeconds(Int64.max) == nil)
        #expect(UnixMilliseconds.fromSeconds(Int64.min) == nil)
        #expect(UnixMilliseconds.fromSeconds(Int64(9_223_372_036_854_775)) == nil)
        #expect(UnixMilliseconds.fromSeconds(Int64(1_700_000_000)) == 1_700_000_000_000)
        #expect(UnixMilliseconds.checked(Int64.max) == nil)
        #expect(UnixMilliseconds.clamped(.max) == UnixMilliseconds.range.upperBound)
        #expect(UnixMilliseconds.clamped(.min) == UnixMilliseconds.range.lowerBound)
    }

    @Test func roundingToArbitraryBoundsNeverTraps() {
        #expect(UnixMilliseconds.rounded(0x1p63, in: Int64.min...Int64.max) == nil)
        #expect(UnixMilliseconds.rounded(-0x1p63, in: Int64.min...Int64.max) == Int64.min)
        #expect(UnixMilliseconds.rounded(-0.4, in: 0...10) == 0)
        #expect(UnixMilliseconds.rounded(-0.6, in: 0...10) == nil)
    }

    @Test(arguments: ["9223372036854775807", "-9223372036854775808", "253402300800000", "1e19"])
    func aSampleTimestampOutsideTheRangeCostsItsLineOnly(timestamp: String) {
        for dialect in ["", "# EOF\n"] {
            let dump = parse("a 1 \(timestamp)\nb 2\n\(dialect)")
            #expect(dump.samples.map(\.name) == ["b"])
            #expect(dump.issues.filter { $0.reason == "timestamp out of range" }.map(\.line) == [1])
        }
    }

    @Test func aDeclinedLineWithATimestampOutsideTheRangeIsReportedToo() {
        /// Declines every sample's labels, as the mesh model does for series it does not track.
        struct Declining: SampleConsumer {
            var newest: Int64?
            var issues: [String] = []
            func wantsLabels(of name: UnsafeBufferPointer<UInt8>) -> Bool { false }
            mutating func consume(_ sample: SampleView) {
                if let time = sample.timestampMilliseconds { newest = max(newest ?? time, time) }
            }
            mutating func report(_ issue: ParseIssue) { issues.append(issue.reason) }
        }
        var parser = TelemetryParser()
        var consumer = Declining()
        Array("a{x=\"1\"} 1 9223372036854775807\nb{x=\"1\"} 2 1700000000000\n".utf8).withUnsafeBytes {
            parser.feed($0, into: &consumer)
        }
        parser.finish(into: &consumer)
        #expect(consumer.newest == 1_700_000_000_000)
        #expect(consumer.issues == ["timestamp out of range"])
    }
}
