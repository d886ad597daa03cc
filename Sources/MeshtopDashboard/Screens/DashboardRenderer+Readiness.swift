import MeshtopModel

extension DashboardRenderer {
    /// How to get verdicts, shown when the dashboard runs without policies.
    static let noPolicyHint = "No policies given: add --policies FILE|DIR|- (kubectl get pa,dr -A -o yaml)"

    /// The readiness screen's line: verdict counts over the namespaces, or one namespace's mode and verdict.
    static func drawReadinessSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter(area: area)
        defer { line.draw(into: &grid) }
        let model = state.model
        guard model.hasPolicy else { return line.add(noPolicyHint, .warning) }
        if case .namespaceReadiness(let name) = state.location {
            let summary = model.namespaces.first { $0.name == name }
            let mode = summary?.mode ?? .unknown
            line.add("Namespace ", .dim)
            line.add(name, .header)
            if let readiness = summary?.readiness { line.add("  " + readiness.title, readiness.role) }
            line.add("  mode ", .dim)
            line.add(mode.word, mode.role)
            if let origin = summary?.modeOrigin { line.add(" (\(origin))", .dim) }
            return
        }
        let verdicts = model.namespaces.compactMap(\.readiness)
        line.add("STRICT readiness: ", .dim)
        let counts: [(String, StyleRole, Int)] = [
            ("blocked", .plaintext, verdicts.filter { if case .blocked = $0 { true } else { false } }.count),
            ("ready", .mtls, verdicts.filter { $0 == .ready }.count),
            ("already strict", .mtls, verdicts.filter { $0 == .alreadyStrict }.count),
            ("no data", .dim, verdicts.filter { $0 == .noData }.count),
        ]
        for (index, (word, role, count)) in counts.enumerated() {
            line.add("\(count) \(word)", count > 0 ? role : .dim)
            if index < counts.count - 1 { line.add(", ", .dim) }
        }
        line.add("  Enter: workloads and blockers", .dim)
    }
}
