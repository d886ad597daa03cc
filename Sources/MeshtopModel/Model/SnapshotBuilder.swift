/// Builds a ``MeshSnapshot`` from the model's series state: one pass over the tracked series, then
/// namespaces, certificates and alerts from the parts.
struct SnapshotBuilder {
    let model: MeshModel
    let time: Int64
    var edges: [EdgeKey: EdgePart] = [:]
    var workloads: [WorkloadKey: WorkloadPart] = [:]
    var certificates: [CertificateRecord] = []
    /// Sources that reported traffic through an Envoy-based Istio proxy.
    var trafficSources: Set<Int32> = []
    /// Per source, 1 / the seconds between its first and last frame; zero for a source with one frame.
    let rateScales: [Double]

    init(model: MeshModel, time: Int64) {
        self.model = model
        self.time = time
        rateScales = model.sources.map { source in
            guard source.frames >= 2, source.lastTime > source.firstTime else { return 0 }
            return 1000 / Double(source.lastTime - source.firstTime)
        }
    }

    var catalog: SeriesCatalog { model.catalog }
    var evidenceLimit: Int { model.thresholds.evidenceLimit }

    /// Whether figures are increases (some source has two or more frames).
    var isWindow: Bool { model.sources.contains { $0.frames >= 2 } }

    consuming func build() -> MeshSnapshot {
        for index in model.states.indices where model.states[index].seen {
            let descriptor = catalog.descriptors[index]
            switch descriptor.role {
            case .traffic: addTraffic(descriptor, model.states[index])
            case .handshake: addHandshake(descriptor, model.states[index])
            case .certificate: addCertificate(descriptor, model.states[index])
            }
        }
        let sources = sourceHealth()
        let start = model.sources.filter { $0.frames > 0 }.map(\.firstTime).min() ?? time
        let end = model.sources.map(\.lastTime).max() ?? time
        let window = isWindow && end > start
        let insecure = insecureSources()
        let edgeList = finishedEdges(withRates: window)
        let certificateList = finishedCertificates()
        let workloadList = finishedWorkloads(withRates: window, certificates: certificateList, insecure: insecure)
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
            thresholds: model.thresholds
        )
        snapshot.handshakeFailuresPerSecond = window ? meshFailureRate : nil
        snapshot.alerts = AlertRules(
            snapshot: snapshot,
            handshakeTimes: handshakeTimes(),
            trafficSources: Set(trafficSources.map { catalog.sourceNames[Int($0)] })
        ).evaluate()
        return snapshot
    }

    /// The figure of a series: its total for a source with a single frame, else its increase.
    func figure(_ descriptor: SeriesDescriptor, _ state: SeriesState) -> Double {
        model.sources[Int(descriptor.source)].frames >= 2 ? state.increase : state.lastValue
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
    func string(_ id: Int32) -> String { catalog.strings.string(id) }

    /// `ns/name` of a key.
    func describe(_ key: WorkloadKey) -> WorkloadID {
        WorkloadID(namespace: string(key.namespace), name: string(key.workload))
    }

    /// First and last failure times per workload, for the handshake alert.
    func handshakeTimes() -> [WorkloadID: (first: Int64, last: Int64)] {
        var times: [WorkloadID: (first: Int64, last: Int64)] = [:]
        for (key, part) in workloads {
            guard let first = part.handshakeFirstFailure, let last = part.handshakeLastFailure else { continue }
            times[describe(key)] = (first, last)
        }
        return times
    }
}
