/// Writes the Istio mesh as Prometheus text: `/federate` style or one exposition.
struct PrometheusDumpWriter {
    let mesh: MeshShape
    let federate: Bool
    var random: SplitMix64
    let sink: (String) -> Void
    private var written = 0
    private var budget = 0
    private var buffer = ""
    private var declared: Set<String> = []
    /// Seconds since the dump at the base time: counters have grown by their rate times this, certificates
    /// have this much less time left, and samples carry timestamps this much later.
    private let elapsedSeconds: UInt64
    private let timestamp: Int
    private static let bucketBounds = ["1", "5", "10", "25", "50", "100", "250", "500", "1000", "2500", "5000", "+Inf"]

    init(mesh: MeshShape, federate: Bool, seed: UInt64, elapsedSeconds: Int = 0, sink: @escaping (String) -> Void) {
        self.mesh = mesh
        self.federate = federate
        self.random = SplitMix64(seed: seed ^ 0x5EED)
        self.sink = sink
        self.elapsedSeconds = UInt64(max(elapsedSeconds, 0))
        self.timestamp = 1_795_000_000_000 + max(elapsedSeconds, 0) * 1000
    }

    /// A counter whose value was `base` at the base time, grown since at its own rate of 0–6 per second
    /// (so the same seed gives the same series, with values that rise from one dump time to the next).
    private func grown(_ base: UInt64) -> UInt64 { base + base % 7 * elapsedSeconds }

    mutating func write(lineBudget: Int) {
        budget = lineBudget
        // Lines one response code adds: requests (2 reporters), histogram parts, TCP, TLS, certificates.
        let perCode = mesh.edges.count * 17 + mesh.workloads.count + 10
        let codes = (0..<max(1, (lineBudget + perCode - 1) / perCode)).map { $0 == 0 ? "200" : "\(500 + $0 % 5)\($0)" }
        writeFamilies(responseCodes: codes)
        flush()
    }

    /// Writes every family for every edge, with one response code: the whole mesh, however many lines.
    mutating func writeAll() {
        budget = .max
        writeFamilies(responseCodes: ["200"])
        flush()
    }

    private mutating func writeFamilies(responseCodes: [String]) {
        family("istio_requests_total", kind: "counter", help: "Total requests.")
        for responseCode in responseCodes {
            for edge in mesh.edges {
                for reporter in ["destination", "source"] {
                    var labels = istioLabels(edge, reporter: reporter)
                    labels.append(("response_code", responseCode))
                    sample("istio_requests_total", labels, value: "\(grown(random.next() % 100_000))")
                }
            }
        }
        let histogram = "istio_request_duration_milliseconds"
        family(histogram, kind: "histogram", help: "Request duration in \"milliseconds\".", part: "_bucket")
        for edge in mesh.edges {
            var cumulative = 0
            for bound in Self.bucketBounds {
                cumulative += Int(grown(random.next() % 50))
                var labels = istioLabels(edge, reporter: "destination")
                labels.append(("le", bound))
                sample(histogram + "_bucket", labels, value: "\(cumulative)")
            }
            if federate { continue }
            sample(
                histogram + "_sum",
                istioLabels(edge, reporter: "destination"),
                value: "\(Double(cumulative) * 12.5)"
            )
            sample(histogram + "_count", istioLabels(edge, reporter: "destination"), value: "\(cumulative)")
        }
        if federate {
            for part in ["_sum", "_count"] {
                family(histogram + part, kind: "untyped", help: "")
                for edge in mesh.edges {
                    sample(
                        histogram + part,
                        istioLabels(edge, reporter: "destination"),
                        value: "\(grown(random.next() % 9_000))"
                    )
                }
            }
        }
        family("istio_tcp_connections_opened_total", kind: "counter", help: "Opened TCP connections.")
        for edge in mesh.edges where edge.protocolName == "grpc" {
            var labels = istioLabels(edge, reporter: "destination")
            labels.removeAll { $0.0 == "request_protocol" }
            labels.append(("request_protocol", "tcp"))
            sample("istio_tcp_connections_opened_total", labels, value: "\(grown(random.next() % 1_000))")
        }
        family("envoy_cluster_ssl_handshake", kind: "counter", help: "")
        for edge in mesh.edges {
            let target = mesh.workloads[edge.destination]
            let cluster = "outbound|9080||\(target.app).\(target.namespace).svc.cluster.local"
            sample(
                "envoy_cluster_ssl_handshake",
                scrapeLabels(mesh.workloads[edge.source]) + [("cluster_name", cluster)],
                value: "\(grown(random.next() % 10_000))"
            )
        }
        family("istio_agent_cert_expiry_seconds", kind: "gauge", help: "Seconds left before the certificate expires.")
        for workload in mesh.workloads {
            let seconds = 43_200 + Double(random.next() % 43_200) + 0.125 - Double(elapsedSeconds)
            sample(
                "istio_agent_cert_expiry_seconds",
                scrapeLabels(workload) + [("resource_name", "default")],
                value: "\(seconds)"
            )
        }
    }

    private func istioLabels(_ edge: MeshShape.Edge, reporter: String) -> [(String, String)] {
        let source = mesh.workloads[edge.source]
        let target = mesh.workloads[edge.destination]
        let scraped = reporter == "destination" ? target : source
        return scrapeLabels(scraped) + [
            ("reporter", reporter),
            ("source_workload", source.name), ("source_canonical_service", source.app),
            ("source_canonical_revision", source.version), ("source_workload_namespace", source.namespace),
            ("source_principal", source.principal), ("source_app", source.app), ("source_version", source.version),
            ("source_cluster", "Kubernetes"), ("destination_workload", target.name),
            ("destination_workload_namespace", target.namespace), ("destination_principal", target.principal),
            ("destination_app", target.app), ("destination_version", target.version),
            ("destination_service", "\(target.app).\(target.namespace).svc.cluster.local"),
            ("destination_canonical_service", target.app), ("destination_canonical_revision", target.version),
            ("destination_service_name", target.app), ("destination_service_namespace", target.namespace),
            ("destination_cluster", "Kubernetes"), ("request_protocol", edge.protocolName),
            ("grpc_response_status", edge.protocolName == "grpc" ? "0" : ""), ("response_flags", "-"),
            ("connection_security_policy", reporter == "source" ? "unknown" : edge.policy),
        ]
    }

    private func scrapeLabels(_ workload: MeshShape.Workload) -> [(String, String)] {
        guard federate else { return [] }
        return [
            ("instance", "10.\(workload.namespace.count).\(workload.pod.count).\(workload.name.count):15020"),
            ("job", "kubernetes-pods"), ("namespace", workload.namespace), ("pod", workload.pod),
        ]
    }

    private mutating func family(_ name: String, kind: String, help: String, part: String = "") {
        guard written < budget, declared.insert(name + part).inserted else { return }
        if federate {
            buffer += "# TYPE \(name)\(part) untyped\n"
        } else {
            if !help.isEmpty { buffer += "# HELP \(name) \(help.replacingBackslashes())\n" }
            buffer += "# TYPE \(name) \(kind)\n"
        }
        written += 1
    }

    private mutating func sample(_ name: String, _ labels: [(String, String)], value: String) {
        guard written < budget else { return }
        let ordered = federate ? labels.sorted { $0.0 < $1.0 } : labels
        buffer += name
        buffer += "{"
        for (index, (label, text)) in ordered.enumerated() {
            if index > 0 { buffer += "," }
            buffer += label
            buffer += "=\""
            buffer += text
            buffer += "\""
        }
        buffer += "} "
        buffer += value
        if federate { buffer += " \(timestamp)" }
        buffer += "\n"
        written += 1
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    private mutating func flush() {
        sink(buffer)
        buffer = ""
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        var out = ""
        for character in self {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }
}
