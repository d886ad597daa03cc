import MeshtopTelemetry
import Testing

/// Byte comparisons read words where they can; a difference in any byte, at any length, must show.
struct ByteTextTests {
    @Test(arguments: 0...24)
    func aDifferenceInAnyByteShowsAtEveryLength(length: Int) {
        let text = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        for position in -1..<length {
            var other = text
            if position >= 0 { other[position] ^= 0x20 }
            let expected = position < 0
            text.withUnsafeBufferPointer { left in
                other.withUnsafeBufferPointer { right in
                    #expect(ByteText.equal(left, right) == expected, "length \(length), byte \(position)")
                    if let start = left.baseAddress, let otherStart = right.baseAddress {
                        #expect(ByteText.sameBytes(start, otherStart, count: length) == expected)
                    }
                }
            }
        }
    }

    @Test func literalsCompareWholeOrAtEitherEnd() {
        let name = Array("envoy_cluster_ssl_connection_error".utf8)
        name.withUnsafeBufferPointer { bytes in
            #expect(ByteText.equal(bytes, "envoy_cluster_ssl_connection_error"))
            #expect(!ByteText.equal(bytes, "envoy_cluster_ssl_connection_errot"))
            #expect(!ByteText.equal(bytes, "envoy_cluster_ssl_connection_erro"))
            #expect(ByteText.hasPrefix(bytes, "envoy_cluster_ssl_"))
            #expect(!ByteText.hasPrefix(bytes, "envoy_listener_ssl_"))
            #expect(ByteText.hasPrefix(bytes, ""))
            #expect(ByteText.hasSuffix(bytes, "_error"))
            #expect(ByteText.hasSuffix(bytes, "ssl_connection_error"))
            #expect(!ByteText.hasSuffix(bytes, "xssl_connection_error"))
            #expect(!ByteText.hasSuffix(bytes, "envoy_cluster_ssl_connection_errors"))
        }
    }
}
