import MeshtopTelemetry
import Testing

struct ByteScanTests {
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }

    @Test func findsEveryNonNameByteAtEveryPositionOfAWord() {
        for byte in UInt8.min...UInt8.max {
            for offset in 0..<12 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
                bytes[offset] = byte
                let found = bytes.withUnsafeBufferPointer { buffer in
                    ByteScan.firstNonNameByte(from: buffer.baseAddress!, to: buffer.baseAddress! + buffer.count)
                        - buffer.baseAddress!
                }
                #expect(found == (Self.isNameByte(byte) ? 16 : offset), "byte \(byte) at \(offset)")
            }
        }
    }

    @Test func findsTheFirstOfTwoBytesWithoutReadingPastTheEnd() {
        let bytes = Array(#"abcdefghij\klmnop"qrstuvwxyz"#.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress!
            let end = start + buffer.count
            #expect(ByteScan.first(UInt8(ascii: "\""), or: UInt8(ascii: "\\"), from: start, to: end) - start == 10)
            #expect(ByteScan.first(UInt8(ascii: "\""), from: start, to: end) - start == 17)
            #expect(ByteScan.first(UInt8(ascii: "\""), from: start, to: start + 17) == start + 17)
            #expect(ByteScan.first(UInt8(ascii: "\n"), from: start, to: end) == end)
        }
    }

    @Test func findsANewlineAtEveryPositionOfLongLines() {
        for length in [0, 1, 31, 32, 33, 100] {
            for target in 0...length {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                if target < length { bytes[target] = UInt8(ascii: "\n") }
                let found = bytes.withUnsafeBufferPointer { buffer -> Int in
                    guard let start = buffer.baseAddress else { return 0 }
                    return ByteScan.first(UInt8(ascii: "\n"), from: start, to: start + buffer.count) - start
                }
                #expect(found == target, "newline at \(target) of \(length)")
            }
        }
    }
}
