/// Reused storage for the series name and labels synthesised from one Envoy stat name.
///
/// The Envoy parsers turn `cluster.x.ssl.handshake` into `envoy_cluster_ssl_handshake{cluster_name="x"}`:
/// the new name (and any label value that is not a plain slice of the input) is written here, label views
/// point either here or into the input. ``begin(reserving:)`` sizes the byte storage once per stat, so the
/// views handed out stay valid while the stat is emitted and nothing is allocated in the steady state.
final class EnvoySeriesBuilder {
    @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var byteCapacity: Int
    /// Bytes written since ``begin(reserving:)``.
    @exclusivity(unchecked) private(set) var used = 0
    @exclusivity(unchecked) private var labelStorage: UnsafeMutablePointer<LabelView>
    @exclusivity(unchecked) private var labelCapacity: Int
    /// Labels added since ``begin(reserving:)``.
    @exclusivity(unchecked) private(set) var labelCount = 0
    /// Where the series name starts: in the byte storage, or in storage that outlives the stat (a name
    /// remembered by ``scopedNames``).
    @exclusivity(unchecked) private var nameBase: UnsafePointer<UInt8>
    /// The length of the series name.
    @exclusivity(unchecked) private(set) var nameCount = 0

    /// Maps every byte to itself when Prometheus allows it in a name, else to `_` (256 entries).
    private let sanitizing: UnsafeMutablePointer<UInt8>
    /// How recent cluster and listener stats were mapped (see ``EnvoyScopedNameCache``).
    let scopedNames = EnvoyScopedNameCache()
    /// The split of the last cluster stat (see ``EnvoyClusterMemo``).
    let lastCluster = EnvoyClusterMemo()

    init() {
        sanitizing = .allocate(capacity: 256)
        for byte in 0...255 {
            sanitizing[byte] = Self.isNameByte(UInt8(byte)) ? UInt8(byte) : UInt8(ascii: "_")
        }
        byteCapacity = 1024
        bytes = .allocate(capacity: byteCapacity)
        nameBase = UnsafePointer(bytes)
        labelCapacity = 32
        labelStorage = .allocate(capacity: labelCapacity)
    }

    deinit {
        sanitizing.deallocate()
        bytes.deallocate()
        labelStorage.deallocate()
    }

    /// Forgets the previous series and makes room for `count` bytes of names and values.
    @inline(__always)
    func begin(reserving count: Int) {
        if count > byteCapacity {
            bytes.deallocate()
            byteCapacity = max(count, byteCapacity * 2)
            bytes = .allocate(capacity: byteCapacity)
        }
        used = 0
        labelCount = 0
        nameBase = UnsafePointer(bytes)
        nameCount = 0
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        precondition(used < byteCapacity, "Envoy series builder overflow")
        bytes[used] = byte
        used += 1
    }

    /// Appends a literal.
    @inline(__always)
    func append(_ text: StaticString) {
        let count = text.utf8CodeUnitCount
        precondition(used + count <= byteCapacity, "Envoy series builder overflow")
        (bytes + used).update(from: text.utf8Start, count: count)
        used += count
    }

    /// Appends bytes unchanged.
    @inline(__always)
    func append(_ slice: UnsafeBufferPointer<UInt8>) {
        guard let base = slice.baseAddress, slice.count > 0 else { return }
        precondition(used + slice.count <= byteCapacity, "Envoy series builder overflow")
        (bytes + used).update(from: base, count: slice.count)
        used += slice.count
    }

    /// Appends bytes with every byte outside `[a-zA-Z0-9_]` replaced by `_`, as Envoy's Prometheus output does.
    @inline(__always)
    func appendSanitized(_ slice: UnsafeBufferPointer<UInt8>) {
        precondition(used + slice.count <= byteCapacity, "Envoy series builder overflow")
        guard let input = slice.baseAddress else { return }
        let out = bytes + used
        let table = sanitizing
        let count = slice.count
        var index = 0
        // Eight bytes at a time while they are all name bytes (most stat names), byte by byte around the others.
        while index + 8 <= count {
            let word = UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self)
            if ByteScan.nonNameBytes(word) == 0 {
                UnsafeMutableRawPointer(out + index).storeBytes(of: word, as: UInt64.self)
            } else {
                for offset in index..<(index + 8) { out[offset] = table[Int(input[offset])] }
            }
            index += 8
        }
        if index < count, count >= 8 {
            // The last partial word, as the whole word that ends the name (its first bytes are written twice).
            index = count - 8
            let word = UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self)
            if ByteScan.nonNameBytes(word) == 0 {
                UnsafeMutableRawPointer(out + index).storeBytes(of: word, as: UInt64.self)
                index = count
            }
        }
        while index < count {
            out[index] = table[Int(input[index])]
            index += 1
        }
        used += count
    }

    /// Whether Prometheus allows `byte` in a metric name unchanged (`[a-zA-Z0-9_]`): one bit per byte.
    @inline(__always)
    static func isNameByte(_ byte: UInt8) -> Bool {
        let digits: UInt64 = 0x03FF_0000_0000_0000  // bits 48...57
        let letters: UInt64 = 0x07FF_FFFE_87FF_FFFE  // bits 65...90, 95, 97...122, less 64
        let mask = byte < 64 ? digits : letters
        return byte < 128 && (mask >> UInt64(byte & 63)) & 1 != 0
    }

    /// Forgets the bytes written after the first `count` (they must not be referenced any more).
    @inline(__always)
    func truncateBytes(to count: Int) {
        used = count
    }

    /// Marks the bytes written since `start` as the series name.
    @inline(__always)
    func setName(from start: Int) {
        nameBase = UnsafePointer(bytes + start)
        nameCount = used - start
    }

    /// Makes `name`, which must stay valid and unchanged while the stat is emitted, the series name
    /// without copying it.
    @inline(__always)
    func setName(_ name: UnsafeBufferPointer<UInt8>) {
        guard let base = name.baseAddress else { return setName(from: used) }
        nameBase = base
        nameCount = name.count
    }

    /// Shortens the series name to its first `count` bytes (used to strip `_200` response codes).
    @inline(__always)
    func truncateName(to count: Int) {
        nameCount = count
    }

    /// The bytes written since `start`, as a view valid until the next ``begin(reserving:)``.
    @inline(__always)
    func written(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + start, count: used - start)
    }

    /// The series name.
    @inline(__always)
    var name: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nameBase, count: nameCount) }

    /// Writes a copy of the series name followed by `suffix` (`_bucket`, `_count`) and returns it.
    func nameWithSuffix(_ suffix: StaticString) -> UnsafeBufferPointer<UInt8> {
        let start = used
        append(name)
        append(suffix)
        return written(from: start)
    }

    /// Drops labels beyond the first `count` (to replace a per-sample label such as `quantile`).
    @inline(__always)
    func truncateLabels(to count: Int) {
        labelCount = count
    }

    /// Adds a label; both slices must stay valid while the sample is emitted.
    @inline(__always)
    func addLabel(_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) {
        if labelCount == labelCapacity { growLabels() }
        (labelStorage + labelCount).initialize(to: LabelView(name: name, rawValue: value, hasEscapes: false))
        labelCount += 1
    }

    /// Adds a label with a literal name.
    @inline(__always)
    func addLabel(_ name: StaticString, _ value: UnsafeBufferPointer<UInt8>) {
        addLabel(Self.literal(name), value)
    }

    /// The labels added so far.
    @inline(__always)
    var labels: LabelList { LabelList(UnsafeBufferPointer(start: labelStorage, count: labelCount)) }

    /// A literal's bytes as a buffer (static storage, always valid).
    @inline(__always)
    static func literal(_ text: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    private func growLabels() {
        let bigger = UnsafeMutablePointer<LabelView>.allocate(capacity: labelCapacity * 2)
        bigger.moveInitialize(from: labelStorage, count: labelCount)
        labelStorage.deallocate()
        labelStorage = bigger
        labelCapacity *= 2
    }
}
