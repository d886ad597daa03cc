import MeshtopTelemetry

/// What the model remembers about every source and tracked series, shared by the accumulators of one model.
///
/// Series are keyed by a 64-bit hash of the source, the name and every label (name and raw value); the
/// first sight of a series interns the label values it needs into a ``SeriesDescriptor``. Series that
/// turn out to be irrelevant (a Linkerd loopback connection) are remembered as ignored.
final class SeriesCatalog {
    /// Interned strings.
    var strings = ByteInterner()
    /// The tracked series, by index.
    var descriptors: [SeriesDescriptor] = []
    /// Sources by index.
    var sourceNames: [String] = []
    /// The attribution the user gave each source, as interned (namespace, workload).
    var sourceAttributions: [(namespace: Int32, workload: Int32)?] = []
    /// The interned last path component of each source's name (`/dumps/web.prom` → `web.prom`).
    var sourceFileNames: [Int32] = []
    /// Tracked values in each source's last frame, to size the next one.
    var lastFrameSizes: [Int] = []
    /// Linkerd target ports whose plaintext is expected.
    let ignoredPorts: Set<String>
    /// The workload derived from each interned pod name.
    var podWorkloads: [Int32: Int32] = [:]
    /// The destination service derived from each interned cluster name.
    var clusterServices: [Int32: Int32] = [:]
    /// Where each series lands in a snapshot, kept across the snapshots of every model sharing the catalog.
    let layout = SnapshotLayout()
    private var seriesByKey: [UInt64: Int32] = [:]
    private var sourceKeys: [UInt64] = []
    private var scratch: [UInt8] = []

    /// The series-index value that marks a series as seen and ignored.
    static let ignored: Int32 = -1

    init(ignoredPorts: Set<String>) {
        self.ignoredPorts = ignoredPorts
    }

    /// The index of the source called `name`, registering it (and its attribution) on first use.
    func sourceIndex(named name: String, attribution: WorkloadID?) -> Int32 {
        let ids = attribution.map { (namespace: strings.intern($0.namespace), workload: strings.intern($0.name)) }
        if let index = sourceNames.firstIndex(of: name) {
            if ids != nil { sourceAttributions[index] = ids }
            return Int32(index)
        }
        sourceNames.append(name)
        sourceAttributions.append(ids)
        sourceFileNames.append(strings.intern(name.split(separator: "/").last.map(String.init) ?? name))
        lastFrameSizes.append(0)
        var nameCopy = name
        sourceKeys.append(nameCopy.withUTF8 { ByteHash.hash($0, state: 0x5EED) })
        return Int32(sourceNames.count - 1)
    }

    /// How many values the next frame of `source` probably holds.
    func expectedValues(of source: Int32) -> Int { lastFrameSizes[Int(source)] }

    /// Records one tracked sample into `frame`.
    func record(_ sample: SampleView, as name: TrackedName, into frame: inout Frame) {
        if name == .istioBuild {
            noteBuild(sample, into: &frame)
            return
        }
        noteSSLPresence(sample, name: name, into: &frame)
        switch name.telemetryShape {
        case .istio?: frame.holdsIstioTraffic = true
        case .cloudMonitoring?: frame.holdsCloudMonitoringTraffic = true
        case nil: break
        }
        let key = seriesKey(sample, source: frame.sourceIndex)
        if let index = seriesByKey[key] {
            if index != Self.ignored { frame.values.append(SeriesValue(series: index, value: sample.value)) }
            return
        }
        guard let descriptor = describe(sample, as: name, source: frame.sourceIndex) else {
            seriesByKey[key] = Self.ignored
            return
        }
        let index = Int32(descriptors.count)
        descriptors.append(descriptor)
        seriesByKey[key] = index
        frame.values.append(SeriesValue(series: index, value: sample.value))
    }

    /// The hash that identifies a series of a source.
    /// - Complexity: O(n) in the bytes of the name and labels; no allocation.
    @inline(__always)
    private func seriesKey(_ sample: SampleView, source: Int32) -> UInt64 {
        var key = ByteHash.hash(sample.name, state: sourceKeys[Int(source)])
        for label in sample.labels {
            key = ByteHash.combine(key, ByteHash.hash(label.name))
            key = ByteHash.combine(key, ByteHash.hash(label.rawValue))
        }
        return key
    }

    private func noteBuild(_ sample: SampleView, into frame: inout Frame) {
        guard let component = sample.labels.first(named: "component") else { return }
        if component.valueEquals("ztunnel") {
            frame.announcedProxyKind = .ztunnel
        } else if component.valueEquals("proxy"), frame.announcedProxyKind == nil {
            frame.announcedProxyKind = .sidecar
        }
    }

    private func noteSSLPresence(_ sample: SampleView, name: TrackedName, into frame: inout Frame) {
        guard !frame.sslStatsPresent else { return }
        switch name {
        case .envoySSL(let inbound, _):
            let cluster = sample.labels.first(named: "cluster_name") ?? sample.labels.first(named: "envoy_cluster_name")
            if inbound || !(cluster?.valueEquals("xds-grpc") ?? false) { frame.sslStatsPresent = true }
        case .rawSSL:
            if let raw = RawSSLName(sample.name), raw.inbound || !ByteText.equal(raw.scope, "xds-grpc") {
                frame.sslStatsPresent = true
            }
        default:
            break
        }
    }

    /// Interns the unescaped value of `label`.
    func intern(_ label: LabelView) -> Int32 {
        label.withValueBytes(scratch: &scratch) { strings.intern($0) }
    }

    /// Interns raw bytes.
    func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 { strings.intern(bytes) }
}
