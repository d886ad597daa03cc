/// A small deterministic Istio mesh: pods whose sidecars report known counters that grow by a known step
/// on every scrape.
///
/// Counter `s` of a pod shows `base + step × tick` at the pod's `tick`-th scrape, so a test that froze the
/// server knows every value Prometheus can have stored.
struct FakeMesh: Sendable {
    /// One counter or gauge of a pod.
    struct Series: Sendable {
        var name: String
        var kind: String
        var labels: [(String, String)]
        var base: Int
        var step: Int

        func value(at tick: Int) -> Int { base + step * tick }
    }

    /// One pod and its sidecar's series.
    struct Pod: Sendable {
        var namespace: String
        var name: String
        var series: [Series]

        var path: String { "/pods/\(namespace)/\(name)/stats/prometheus" }

        /// The sidecar's `/stats/prometheus` text at `tick`, its plaintext counters at `plaintextTick`.
        func exposition(at tick: Int, plaintextAt plaintextTick: Int? = nil) -> String {
            var text = ""
            var declared: Set<String> = []
            for series in series.sorted(by: { $0.name < $1.name }) {
                if declared.insert(series.name).inserted { text += "# TYPE \(series.name) \(series.kind)\n" }
                let labels = series.labels.map { "\($0.0)=\"\(Self.escaped($0.1))\"" }.joined(separator: ",")
                text += labels.isEmpty ? series.name : "\(series.name){\(labels)}"
                let isPlaintext = series.labels.contains { $0 == ("connection_security_policy", "none") }
                text += " \(series.value(at: isPlaintext ? plaintextTick ?? tick : tick))\n"
            }
            return text
        }

        private static func escaped(_ value: String) -> String {
            var out = ""
            for character in value {
                switch character {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                case "\n": out += "\\n"
                default: out.append(character)
                }
            }
            return out
        }
    }

    var pods: [Pod]
}
