/// A snapshot's edges, in order: a collection of ``Edge`` values, each made when it is read.
///
/// Held as rows of figures that name their workloads and principals by position in shared tables, with
/// every edge's evidence in one array: a windowed snapshot of a large mesh has 100k edges every tick, and
/// making, copying and releasing that many values, each holding strings and a list of evidence, was a third
/// of the tick. Reading an edge costs a few reference counts; the model's scans, which need only figures
/// or ends, read rows by position (``row(at:)``) without making the edge.
///
/// Made from ``Edge`` values (an array literal, ``init(_:)``) or, by the snapshot builder, straight from
/// its rows; both give the same collection. Writing an edge through the subscript replaces its row.
package struct EdgeList: RandomAccessCollection, MutableCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    /// One edge's figures, with its names as positions in the list's tables.
    struct Row: Sendable {
        /// Positions in ``EdgeList/workloads``.
        var source: Int32
        var destination: Int32
        /// Positions in ``EdgeList/strings``; `-1` for none.
        var sourcePrincipal: Int32
        var destinationPrincipal: Int32
        /// The edge's evidence: `evidenceCount` entries of ``EdgeList/evidence`` from `evidenceStart`.
        var evidenceStart: Int32
        var evidenceCount: Int32
        var traffic: TrafficCounts
        var rates: TrafficCounts?
        var firstSeen: Int64
        var lastSeen: Int64
        var insecureFirstSeen: Int64?
        var insecureLastSeen: Int64?
        var reporters: CaseSet<Reporter>
        var proxyKinds: CaseSet<ProxyKind>
        var destinationHasProxy: Bool
    }

    private var rows: [Row]
    /// The workloads rows name; each workload once.
    private var workloads: [WorkloadID]
    /// The principals rows name.
    private var strings: [String]
    private var evidence: [SeriesEvidence]

    /// The builder's list: `rows` name positions in `workloads` (distinct workloads at distinct positions)
    /// and `strings`, and ranges of `evidence`.
    init(rows: [Row], workloads: [WorkloadID], strings: [String], evidence: [SeriesEvidence]) {
        self.rows = rows
        self.workloads = workloads
        self.strings = strings
        self.evidence = evidence
    }

    /// The list of `edges`, in their order.
    package init(_ edges: some Sequence<Edge>) {
        self.init(rows: [], workloads: [], strings: [], evidence: [])
        var positions = Positions()
        for edge in edges { rows.append(row(of: edge, positions: &positions)) }
    }

    package init(arrayLiteral edges: Edge...) { self.init(edges) }

    package var startIndex: Int { 0 }
    package var endIndex: Int { rows.count }
    package func index(after position: Int) -> Int { position + 1 }
    package func index(before position: Int) -> Int { position - 1 }

    package subscript(position: Int) -> Edge {
        get {
            let row = rows[position]
            let start = Int(row.evidenceStart)
            return Edge(
                source: workloads[Int(row.source)],
                sourcePrincipal: row.sourcePrincipal >= 0 ? strings[Int(row.sourcePrincipal)] : nil,
                destination: workloads[Int(row.destination)],
                destinationPrincipal: row.destinationPrincipal >= 0 ? strings[Int(row.destinationPrincipal)] : nil,
                traffic: row.traffic,
                rates: row.rates,
                firstSeen: row.firstSeen,
                lastSeen: row.lastSeen,
                insecureFirstSeen: row.insecureFirstSeen,
                insecureLastSeen: row.insecureLastSeen,
                reporters: row.reporters,
                proxyKinds: row.proxyKinds,
                destinationHasProxy: row.destinationHasProxy,
                evidence: evidence[start..<start + Int(row.evidenceCount)]
            )
        }
        set {
            // Names already in the tables are found there, new ones are added: a linear search, as only
            // hand-made lists are written to. What a replaced row no longer names stays in the tables, unread.
            var positions = Positions()
            for id in [newValue.source, newValue.destination] {
                if let index = workloads.firstIndex(of: id) { positions.workloads[id] = Int32(index) }
            }
            for text in [newValue.sourcePrincipal, newValue.destinationPrincipal].compactMap({ $0 }) {
                if let index = strings.firstIndex(of: text) { positions.strings[text] = Int32(index) }
            }
            rows[position] = row(of: newValue, positions: &positions)
        }
    }

    /// The row of the edge at `position`: its figures and times, read without making the edge. Rows of
    /// one list name the same workload by the same position.
    func row(at position: Int) -> Row { rows[position] }

    /// The caller of the edge at `position`.
    func source(at position: Int) -> WorkloadID { workloads[Int(rows[position].source)] }

    /// The destination of the edge at `position`.
    func destination(at position: Int) -> WorkloadID { workloads[Int(rows[position].destination)] }

    package static func == (lhs: EdgeList, rhs: EdgeList) -> Bool { lhs.elementsEqual(rhs) }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for edge in self { hasher.combine(edge) }
    }

    /// Where the names of edges added to a list went, so each is held once.
    private struct Positions {
        var workloads: [WorkloadID: Int32] = [:]
        var strings: [String: Int32] = [:]
    }

    /// The row of `edge`, adding its names and evidence to the tables.
    private mutating func row(of edge: Edge, positions: inout Positions) -> Row {
        func workload(_ id: WorkloadID) -> Int32 {
            if let known = positions.workloads[id] { return known }
            workloads.append(id)
            positions.workloads[id] = Int32(workloads.count - 1)
            return Int32(workloads.count - 1)
        }
        func string(_ text: String?) -> Int32 {
            guard let text else { return -1 }
            if let known = positions.strings[text] { return known }
            strings.append(text)
            positions.strings[text] = Int32(strings.count - 1)
            return Int32(strings.count - 1)
        }
        let start = Int32(evidence.count)
        evidence.append(contentsOf: edge.evidence)
        return Row(
            source: workload(edge.source),
            destination: workload(edge.destination),
            sourcePrincipal: string(edge.sourcePrincipal),
            destinationPrincipal: string(edge.destinationPrincipal),
            evidenceStart: start,
            evidenceCount: Int32(edge.evidence.count),
            traffic: edge.traffic,
            rates: edge.rates,
            firstSeen: edge.firstSeen,
            lastSeen: edge.lastSeen,
            insecureFirstSeen: edge.insecureFirstSeen,
            insecureLastSeen: edge.insecureLastSeen,
            reporters: edge.reporters,
            proxyKinds: edge.proxyKinds,
            destinationHasProxy: edge.destinationHasProxy
        )
    }
}

extension EdgeList: CustomReflectable {
    /// The edges, as an array of them would show (`dump`, the debugger).
    package var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(self), displayStyle: .collection) }
}
