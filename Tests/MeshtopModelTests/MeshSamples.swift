import MeshtopModel
import MeshtopTelemetry

/// Hand-made telemetry samples, shaped like real Istio, Linkerd, Envoy and cert-manager series.
enum MeshSamples {
    /// A sample with labels in the given order.
    static func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Double) -> Sample {
        Sample(name: name, labels: labels.map { Label($0.0, $0.1) }, value: value)
    }

    /// An Istio standard metric between `source` and `destination` (`ns/workload`).
    static func istio(
        _ metric: String = "istio_requests_total",
        reporter: String,
        from source: String,
        to destination: String,
        policy: String,
        _ value: Double,
        destinationPrincipal: String? = nil,
        extra: [(String, String)] = []
    ) -> Sample {
        let from = split(source)
        let to = split(destination)
        var labels: [(String, String)] = [
            ("reporter", reporter),
            ("source_workload", from.1),
            ("source_workload_namespace", from.0),
            ("source_principal", from.1 == "unknown" ? "unknown" : "spiffe://cluster.local/ns/\(from.0)/sa/\(from.1)"),
            ("destination_workload", to.1),
            ("destination_workload_namespace", to.0),
            ("destination_principal", destinationPrincipal ?? "spiffe://cluster.local/ns/\(to.0)/sa/\(to.1)"),
            ("connection_security_policy", policy),
        ]
        labels += extra
        return sample(metric, labels, value)
    }

    /// A Linkerd `request_total` or `tcp_open_total` series.
    static func linkerd(
        _ metric: String = "request_total",
        direction: String,
        tls: String,
        reason: String? = nil,
        port: String = "8080",
        extra: [(String, String)] = [],
        _ value: Double
    ) -> Sample {
        var labels: [(String, String)] = [("direction", direction), ("target_port", port), ("tls", tls)]
        if let reason { labels.append(("no_tls_reason", reason)) }
        return sample(metric, labels + extra, value)
    }

    /// Federation target labels for a pod of `workload` in `namespace`.
    static func pod(_ namespace: String, _ workload: String) -> [(String, String)] {
        [("namespace", namespace), ("pod", "\(workload)-7c9d8f6b5-x2k4p")]
    }

    private static func split(_ id: String) -> (String, String) {
        let parts = id.split(separator: "/").map(String.init)
        return (parts[0], parts[1])
    }
}

extension MeshModel {
    /// Adds one scrape of hand-made samples.
    func scrape(_ samples: [Sample], at time: Int64, source: String = "mesh.prom", as workload: WorkloadID? = nil) {
        add(samples: samples, source: source, scrapeTime: time, attribution: workload)
    }

    /// A model holding one scrape.
    static func single(_ samples: [Sample], at time: Int64 = 1_700_000_000_000, as workload: WorkloadID? = nil)
        -> MeshSnapshot
    {
        let model = MeshModel()
        model.scrape(samples, at: time, as: workload)
        return model.snapshot()
    }
}
