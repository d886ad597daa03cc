/// A fast 64-bit hash of byte strings (8 bytes per step, multiply-xorshift mixing); not cryptographic.
package enum ByteHash {
    /// The default starting state.
    package static var seed: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    /// Hashes `bytes` starting from `state`.
    @inline(__always)
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>, state: UInt64 = seed) -> UInt64 {
        var h = state ^ (UInt64(bytes.count) &* 0xFF51_AFD7_ED55_8CCD)
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            h = (h ^ mix(word)) &* 0x9FB2_1C65_1E98_DF25
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        h = (h ^ mix(tail ^ 0xA5)) &* 0x9FB2_1C65_1E98_DF25
        return mix(h)
    }

    /// A cheap, never-zero key of `bytes` for direct-mapped caches whose hits are checked against the bytes:
    /// their length and `salt` mixed with their first, middle and last eight bytes (with every byte when
    /// shorter). The middle word tells apart Envoy's look-alike pairs such as `upstream_cx_rx_bytes_total`
    /// and `upstream_cx_tx_bytes_total`, which would otherwise evict each other line after line.
    /// The top bits are the best mixed; take a slot from them.
    @inline(__always)
    package static func quickKey(_ bytes: UnsafeBufferPointer<UInt8>, salt: UInt8 = 0) -> UInt64 {
        let header = UInt64(bytes.count) << 8 | UInt64(salt)
        guard let base = bytes.baseAddress, bytes.count >= 8 else {
            var small = header
            for byte in bytes { small = small << 8 ^ UInt64(byte) }
            return (small | 1) &* 0xBF58_476D_1CE4_E5B9
        }
        let raw = UnsafeRawPointer(base)
        let first = raw.loadUnaligned(as: UInt64.self)
        let middle = raw.loadUnaligned(fromByteOffset: (bytes.count - 8) / 2, as: UInt64.self)
        let last = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        let mixed = first ^ (middle &* 0xC2B2_AE3D_27D4_EB4F) ^ (last &* 0x9E37_79B9_7F4A_7C15) ^ header
        return (mixed | 1) &* 0xBF58_476D_1CE4_E5B9
    }

    /// Mixes a single word into a well-distributed one.
    @inline(__always)
    package static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 32
        x = x &* 0xD6E8_FEB8_6659_FD93
        x ^= x >> 32
        x = x &* 0xD6E8_FEB8_6659_FD93
        x ^= x >> 32
        return x
    }

    /// Combines a running hash with another word.
    @inline(__always)
    package static func combine(_ state: UInt64, _ value: UInt64) -> UInt64 {
        (state ^ mix(value &+ 0x2545_F491_4F6C_DD1D)) &* 0x9FB2_1C65_1E98_DF25
    }
}
