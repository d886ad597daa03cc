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

    init(model: MeshModel, time: Int64) {
        self.model = model
        self.time = time
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
        let seconds = Double(end - start) / 1000
        let window = isWindow && seconds > 0
        let insecure = insecureSources()
        let edgeList = finishedEdges(rateSeconds: window ? seconds : nil)
        let certificateList = finishedCertificates()
        let workloadList = finishedWorkloads(
            rateSeconds: window ? seconds : nil,
            certificates: certificateList,
            insecure: insecure
        )
        let namespaceList = finishedNamespaces(
            workloads: workloadList,
            edges: edgeList,
            certificates: certificateList,
            rateSeconds: window ? seconds : nil
        )
        let mesh = namespaceList.reduce(TrafficCounts()) { $0 + $1.traffic }
        var snapshot = MeshSnapshot(
            time: time,
            windowStart: start,
            windowEnd: end,
            isWindow: isWindow,
            mesh: mesh,
            meshRates: window ? mesh.perSecond(over: seconds) : nil,
            handshakes: namespaceList.reduce(HandshakeCounts()) { $0 + $1.handshakes },
            namespaces: namespaceList,
            workloads: workloadList,
            edges: edgeList,
            certificates: certificateList,
            sources: sources,
            thresholds: model.thresholds
        )
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
