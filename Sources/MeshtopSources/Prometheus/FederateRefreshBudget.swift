/// How much one `/federate` refresh may cost before meshtop says the mesh is too big for federation.
///
/// Federation moves every series the model reads on every refresh, so its cost grows with pods and series;
/// query mode moves one aggregate per edge and workload. A refresh over either limit gets the advice to
/// switch, in the source's health line and on `report`'s standard error.
///
/// The limits come from the scale benchmark (`Benchmarks/RESULTS-prometheus-scale.md`): meshtop's memory
/// grows by about 1.25 bytes per byte federated, on some 37 MB of its own, so past 50 MB a federation alone
/// takes meshtop over the 100 MB it should stay under (1M series federated 212 MB and took 303 MB; 100k
/// federated 21 MB and took 65–75 MB; 10k, 2 MB and 40 MB). The time limit is the refresh interval: a
/// refresh that takes longer cannot keep up (at 100k series Prometheus alone took 1.4–6 s to serve the
/// federation, with the machine quiet or busy; at 1M, 6–47 s).
package struct FederateRefreshBudget: Sendable, Equatable {
    /// The most decoded bytes one refresh may fetch.
    package var maximumBytes: Int
    /// The most seconds one refresh may take (the dashboard's refresh interval).
    package var maximumSeconds: Double

    /// The byte limit when none is given: 50 MB.
    package static let defaultMaximumBytes = 50_000_000
    /// The time limit when none is given: the dashboard's default refresh interval, 5 s.
    package static let defaultMaximumSeconds = 5.0

    /// Creates a budget.
    package init(maximumBytes: Int = defaultMaximumBytes, maximumSeconds: Double = defaultMaximumSeconds) {
        self.maximumBytes = maximumBytes
        self.maximumSeconds = maximumSeconds
    }

    /// The advice for a refresh that fetched `bytes` in `seconds`, or nil when it stayed within both limits.
    package func advice(bytes: Int, seconds: Double) -> String? {
        guard bytes > maximumBytes || seconds > maximumSeconds else { return nil }
        return "federate fetched \(Self.megabytes(bytes)) in \(Self.seconds(seconds)) per refresh — \(Self.switchHint)"
    }

    /// The advice for a federation answer cut off at `limit` bytes (the connection's response limit).
    package static func advice(tooLargeAt limit: Int) -> String {
        "federate answer larger than \(limit >> 20) MiB — \(switchHint)"
    }

    private static let switchHint = "use --prometheus-mode query for a mesh this size"

    /// `312 MB`, `8.4 MB`, `0.1 MB` (decimal megabytes).
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(max(bytes, 0)) / 1_000_000
        return value >= 10 ? "\(Int(value.rounded())) MB" : "\(tenths(value)) MB"
    }

    /// `9.8 s`, `0.3 s`.
    static func seconds(_ seconds: Double) -> String {
        "\(tenths(seconds.isFinite ? max(seconds, 0) : 0)) s"
    }

    /// `value` with one decimal, without trapping on any finite input.
    private static func tenths(_ value: Double) -> String {
        let scaled = (value * 10).rounded()
        guard scaled < 1e15 else { return "\(value)" }
        let whole = Int(scaled)
        return "\(whole / 10).\(whole % 10)"
    }
}
