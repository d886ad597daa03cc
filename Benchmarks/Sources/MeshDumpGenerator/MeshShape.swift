/// The workloads and call edges of a synthetic mesh, from which every dump style is written.
public struct MeshShape: Sendable {
    /// One workload: its namespace, name, service account and app version.
    public struct Workload: Sendable {
        public var namespace: String
        public var name: String
        public var app: String
        public var version: String
        public var pod: String
        public var principal: String { "spiffe://cluster.local/ns/\(namespace)/sa/\(app)" }
    }

    /// One caller → callee pair and the way it is secured.
    public struct Edge: Sendable {
        public var source: Int
        public var destination: Int
        public var policy: String
        public var protocolName: String
    }

    public var workloads: [Workload]
    public var edges: [Edge]

    /// A mesh of `workloads` workloads spread over `namespaces` namespaces, each calling a few others.
    public init(workloads count: Int, namespaces: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let apps = [
            "productpage", "reviews", "ratings", "details", "cart", "checkout", "ledger", "fraud", "api", "web",
        ]
        workloads = (0..<count).map { index in
            let namespace = "ns-\(index % max(namespaces, 1))"
            let app = "\(apps[index % apps.count])-\(index / apps.count)"
            let version = "v\(1 + Int(random.next() % 3))"
            let hash = String(random.next() % 0xFFFFF, radix: 36)
            return Workload(
                namespace: namespace,
                name: "\(app)-\(version)",
                app: app,
                version: version,
                pod: "\(app)-\(version)-\(hash)-\(String(random.next() % 0xFFFF, radix: 36))"
            )
        }
        var edges: [Edge] = []
        for destination in 0..<count {
            let callers = 1 + Int(random.next() % 4)
            for _ in 0..<callers {
                let source = Int(random.next() % UInt64(count))
                let roll = random.next() % 100
                let policy = roll < 90 ? "mutual_tls" : (roll < 97 ? "none" : "unknown")
                edges.append(
                    Edge(
                        source: source,
                        destination: destination,
                        policy: policy,
                        protocolName: roll % 5 == 0 ? "grpc" : "http"
                    )
                )
            }
        }
        self.edges = edges
    }

    /// A mesh of `workloads` workloads spread over `namespaces` namespaces in which every workload is called
    /// by exactly `callers` distinct others: `workloads × callers` edges.
    public init(workloads count: Int, namespaces: Int, callers: Int, seed: UInt64) {
        precondition(callers < count, "each workload needs that many distinct callers")
        self.init(workloads: count, namespaces: namespaces, seed: seed)
        var random = SplitMix64(seed: seed ^ 0xCA11)
        var edges: [Edge] = []
        edges.reserveCapacity(count * callers)
        for destination in 0..<count {
            var chosen: Set<Int> = []
            while chosen.count < callers {
                let source = Int(random.next() % UInt64(count))
                guard source != destination, chosen.insert(source).inserted else { continue }
                let roll = random.next() % 100
                let policy = roll < 90 ? "mutual_tls" : (roll < 97 ? "none" : "unknown")
                edges.append(
                    Edge(
                        source: source,
                        destination: destination,
                        policy: policy,
                        protocolName: roll % 5 == 0 ? "grpc" : "http"
                    )
                )
            }
        }
        self.edges = edges
    }
}
