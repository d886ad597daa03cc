/// Builds a ``MeshSnapshot`` from the model's series state: one pass over the tracked series, then
/// namespaces, certificates and alerts from the parts.
///
/// Series are summed into dense arrays of parts at the places the catalog's ``SnapshotLayout`` gives them;
/// a part is made the first time a series of this model reaches its edge or workload.
struct SnapshotBuilder {
    let model: MeshModel
    let time: Int64
    let layout: SnapshotLayout
    /// Per layout edge, the position of its part in ``edges``, or -1 while no series reached it.
    var edgeSlots: [Int32]
    var edges: [EdgePart] = []
    /// The series kept as evidence for edges, chained per edge (see ``EdgePart/evidenceFirst``).
    var edgeEvidence: [EvidencePick] = []
    /// Per part in ``edges``, its per-second rates; empty unless ``tracksRates``.
    var edgeRates: [TrafficCounts] = []
    /// Per layout workload, the position of its part in ``workloads``, or -1 while no series reached it.
    var workloadSlots: [Int32]
    var workloads: [WorkloadPart] = []
    /// Per part in ``workloads``, the per-second rates of its destination-reported traffic; empty unless
    /// ``tracksRates``.
    var workloadRates: [TrafficCounts] = []
    /// The layout workload of each part in ``workloads``.
    var workloadIndices: [Int32] = []
    var certificates: [CertificateRecord] = []
    /// Per record in ``certificates``, what tells it apart from the others.
    var certificateKeys: [CertificateKey] = []
    /// The interned id of `istio-system`, if it was ever interned.
    let istioSystemID: Int32?
    /// Per source, whether it reported traffic through an Envoy-based Istio proxy.
    var trafficSources: [Bool]
    /// Per source, 1 / the seconds between its first and last frame; zero for a source with one frame.
    let rateScales: [Double]
    /// Whether some source has frames over a span, so rates can be other than zero; without one, none are
    /// summed (a report of single scrapes holds no rates per edge).
    let tracksRates: Bool
    /// The model's sources, read here rather than through the model (a class, whose stored properties are
    /// checked for exclusive access at every read).
    let sources: [SourceState]
    /// Per source, whether it has two or more frames (its figures are increases, not totals).
    let increases: [Bool]
    /// Per source, the proxy kind its sidecar series count as (refined by what the source announced).
    let sidecarKinds: [ProxyKind]
    /// The layout's arrays and the catalog's descriptors, read here rather than through the classes for the
    /// same reason.
    let strings: [String]
    let workloadIDs: [WorkloadID]
    let descriptors: [SeriesDescriptor]
    let evidenceLimit: Int
    let thresholds: Thresholds

    init(model: MeshModel, time: Int64) {
        self.model = model
        self.time = time
        layout = model.catalog.layout
        layout.update(for: model)
        edgeSlots = Array(repeating: -1, count: layout.edgeCount)
        workloadSlots = Array(repeating: -1, count: layout.workloadCount)
        if let storage = model.buildStorage {
            edges = storage.takeEdges()
            edgeEvidence = storage.takeEdgeEvidence()
            workloads = storage.takeWorkloads()
        }
        // Parts are placed once each: reserving the layout's counts spares growing arrays of large parts.
        edges.reserveCapacity(layout.edgeCount)
        workloads.reserveCapacity(layout.workloadCount)
        workloadIndices.reserveCapacity(layout.workloadCount)
        sources = model.sources
        trafficSources = Array(repeating: false, count: model.sources.count)
        rateScales = model.sources.map { source in
            guard source.frames >= 2, source.lastTime > source.firstTime else { return 0 }
            return 1000 / Double(source.lastTime - source.firstTime)
        }
        tracksRates = rateScales.contains { $0 > 0 }
        increases = model.sources.map { $0.frames >= 2 }
        sidecarKinds = model.sources.map { $0.announcedProxyKind ?? .sidecar }
        strings = layout.strings
        workloadIDs = layout.workloadIDs
        descriptors = model.catalog.descriptors
        thresholds = model.thresholds
        evidenceLimit = model.thresholds.evidenceLimit
        var istioSystem = "istio-system"
        istioSystemID = istioSystem.withUTF8 { model.catalog.strings.lookup($0) }
    }

    var catalog: SeriesCatalog { model.catalog }

    /// Whether figures are increases (some source has two or more frames).
    var isWindow: Bool { increases.contains(true) }

    consuming func build() -> MeshSnapshot {
        let places = layout.places
        let states = model.states
        let descriptors = self.descriptors
        for index in states.indices where states[index].seen {
            let descriptor = descriptors[index]
            switch descriptor.role {
            case .traffic: addTraffic(index, descriptor, states[index], at: places[index])
            case .handshake: addHandshake(index, descriptor, states[index], at: places[index])
            case .certificate: addCertificate(index, descriptor, states[index])
            }
        }
        let sources = sourceHealth()
        let start = model.sources.filter { $0.frames > 0 }.map(\.firstTime).min() ?? time
        let end = model.sources.map(\.lastTime).max() ?? time
        let window = isWindow && end > start
        let edgeList = finishedEdges(withRates: window)
        let (certificateList, certificateKeys) = finishedCertificates()
        let workloadList = finishedWorkloads(withRates: window, certificates: certificateList, keys: certificateKeys)
        let failureTimes = handshakeTimes()
        // The parts are summed up: let them go before the namespaces and alerts are made (a model that builds
        // every tick keeps their storage for the next build instead).
        if model.buildStorage == nil {
            workloads = []
        } else {
            workloads.removeAll(keepingCapacity: true)
        }
        workloadRates = []
        let namespaceList = finishedNamespaces(
            workloads: workloadList,
            edges: edgeList,
            certificates: certificateList,
            withRates: window
        )
        let mesh = namespaceList.reduce(TrafficCounts()) { $0 + $1.traffic }
        let meshRates = namespaceList.reduce(TrafficCounts()) { $0 + ($1.rates ?? .zero) }
        let meshFailureRate = namespaceList.reduce(0) { $0 + ($1.handshakeFailuresPerSecond ?? 0) }
        var snapshot = MeshSnapshot(
            time: time,
            windowStart: start,
            windowEnd: end,
            isWindow: isWindow,
            mesh: mesh,
            meshRates: window ? meshRates : nil,
            handshakes: namespaceList.reduce(HandshakeCounts()) { $0 + $1.handshakes },
            namespaces: namespaceList,
            workloads: workloadList,
            edges: edgeList,
            certificates: certificateList,
            sources: sources,
            thresholds: thresholds
        )
        snapshot.handshakeFailuresPerSecond = window ? meshFailureRate : nil
        snapshot.alerts = AlertRules(
            snapshot: snapshot,
            handshakeTimes: failureTimes,
            trafficSources: Set(trafficSources.indices.filter { trafficSources[$0] }.map { catalog.sourceNames[$0] })
        ).evaluate()
        if let storage = model.buildStorage {
            storage.keep(edges: &edges)
            storage.keep(edgeEvidence: &edgeEvidence)
            storage.keep(workloads: &workloads)
        }
        return snapshot
    }

    /// The figure of a series: its total for a source with a single frame, else its increase.
    func figure(_ descriptor: SeriesDescriptor, _ state: SeriesState) -> Double {
        increases[Int(descriptor.source)] ? state.increase : state.lastValue
    }

    /// A series' figure per second: its increase over the seconds between its source's first and last frame
    /// (the slope of a counter), zero for a source with a single frame or a gauge.
    func rate(_ descriptor: SeriesDescriptor, _ state: SeriesState) -> Double {
        let source = Int(descriptor.source)
        guard source < rateScales.count, rateScales[source] > 0 else { return 0 }
        return state.increase * rateScales[source]
    }

    /// The time a series last counted something, or when it was first seen if it never did.
    func activeTimes(_ state: SeriesState) -> (first: Int64?, last: Int64?) {
        (state.firstActive, state.lastActive)
    }

    /// The workload ids of the source a series came from, for series that name no workload.
    func identity(_ descriptor: SeriesDescriptor) -> WorkloadKey { model.identity(of: descriptor.source) }

    /// The string of an interned id.
    func string(_ id: Int32) -> String { strings[Int(id)] }

    /// First and last failure times per workload, for the handshake alert.
    func handshakeTimes() -> [WorkloadID: (first: Int64, last: Int64)] {
        var times: [WorkloadID: (first: Int64, last: Int64)] = [:]
        for (slot, part) in workloads.enumerated() {
            guard let first = part.handshakeFirstFailure, let last = part.handshakeLastFailure else { continue }
            times[workloadIDs[Int(workloadIndices[slot])]] = (first, last)
        }
        return times
    }
}
