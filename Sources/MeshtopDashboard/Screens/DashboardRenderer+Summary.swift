import MeshtopModel

extension DashboardRenderer {
    /// Draws the summary lines of the current screen.
    static func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        let model = state.model
        switch state.location {
        case .mesh:
            let totals = state.totals.requests
            // On short terminals the health line stays longest, then the shares, then the bar.
            drawHealth(state, area: area.row(area.height - 1), grid: &grid)
            if area.height > 1 {
                drawShares(
                    totals,
                    label: "Requests",
                    unit: unit(state),
                    counts: model.isCumulative,
                    area: area.row(0),
                    grid: &grid
                )
            }
            if area.height > 2 {
                shareBar(totals, grid: grid).render(in: area.row(1).insetBy(dx: 1, dy: 0), into: &grid)
            }
        case .namespace(let name):
            let summary = model.namespaces.first { $0.name == name }
            var line = LineWriter(area: area.row(0))
            line.add("Namespace ", .dim)
            line.add(name, .header)
            line.add("  mode ", .dim)
            line.add((summary?.mode ?? .unknown).word, (summary?.mode ?? .unknown).role)
            if let readiness = summary?.readiness {
                line.add("  STRICT? ", .dim)
                line.add(readiness.word, readiness.role)
            }
            line.add("  " + Format.counted(summary?.workloadCount ?? 0, "workload"), .text)
            if let summary, summary.plaintextSources > 0 {
                line.add(
                    "  \(grid.glyphs.markPlaintext) plaintext from "
                        + Format.counted(summary.plaintextSources, "source"),
                    .plaintext
                )
            }
            line.draw(into: &grid)
            if area.height > 1 {
                drawShares(
                    (summary?.requests ?? .zero) + (summary?.connections ?? .zero),
                    label: "Inbound",
                    unit: state.model.isCumulative ? "requests and connections (one scrape)" : "req+conn/s",
                    counts: model.isCumulative,
                    area: area.row(1),
                    grid: &grid
                )
            }
        case .workload(let id):
            let summary = model.workloads.first { $0.id == id }
            var line = LineWriter(area: area.row(0))
            line.add("Workload ", .dim)
            line.add(id.namespace + "/" + id.name, .header)
            line.add("  mode ", .dim)
            line.add((summary?.mode ?? .unknown).word, (summary?.mode ?? .unknown).role)
            if let origin = summary?.modeOrigin { line.add(" (\(origin))", .dim) }
            if let readiness = summary?.readiness {
                line.add("  STRICT? ", .dim)
                line.add(readiness.word, readiness.role)
            }
            line.add("  principal ", .dim)
            line.add(summary?.principal ?? "-", summary?.principal == nil ? .dim : .text)
            line.draw(into: &grid)
            if area.height > 1 {
                drawShares(
                    (summary?.requests ?? .zero) + (summary?.connections ?? .zero),
                    label: "Inbound",
                    unit: state.model.isCumulative ? "requests and connections (one scrape)" : "req+conn/s",
                    counts: model.isCumulative,
                    area: area.row(1),
                    grid: &grid
                )
            }
        case .alerts:
            var line = LineWriter(area: area.row(0))
            let firing = model.alerts.filter { $0.resolvedAt == nil }.count
            let resolved = model.alerts.count - firing
            let prefix = "\(firing) firing" + (resolved > 0 ? ", \(resolved) resolved" : "") + ": "
            appendAlertCounts(state.totals.alertCounts, prefix: prefix, to: &line)
            line.add("  Enter opens the alert", .dim)
            line.draw(into: &grid)
        case .certificates:
            drawCertificateSummary(state, area: area.row(0), grid: &grid)
        case .edges:
            let totals = state.totals
            var line = LineWriter(area: area.row(0))
            line.add(
                "\(grid.glyphs.markPlaintext) "
                    + Format.counted(totals.insecureEdgeCount, "plaintext or unverified edge")
                    + ", \(Format.rate(totals.insecureEdgeRate)) \(unit(state))",
                totals.insecureEdgeCount == 0 ? .mtls : .plaintext
            )
            line.add("  these block a switch to STRICT", .dim)
            line.draw(into: &grid)
        case .readiness, .namespaceReadiness:
            drawReadinessSummary(state, area: area.row(0), grid: &grid)
        case .alert(let id):
            drawAlertSummary(model.alerts.first { $0.id == id }, state: state, area: area, grid: &grid)
        case .sources:
            var line = LineWriter(area: area.row(0))
            let failing = model.sources.filter { $0.error != nil }.count
            let count = model.sources.count
            line.add(Format.counted(count, "source") + ", ", .text)
            line.add("\(failing) failing", failing == 0 ? .mtls : .error)
            line.draw(into: &grid)
        }
    }

    /// The unit of request figures: rates, or totals when the data is a single scrape.
    private static func unit(_ state: AppState) -> String {
        state.model.isCumulative ? "requests (one scrape)" : "req/s"
    }

    private static func drawShares(
        _ rates: ClassCounts,
        label: String,
        unit: String,
        counts: Bool,
        area: Rect,
        grid: inout CellGrid
    ) {
        var line = LineWriter(area: area)
        line.add(label + ": ", .dim)
        let total = rates.total
        for securityClass in SecurityClass.allCases {
            let share = total > 0 ? rates[securityClass] / total : nil
            line.add(
                "\(securityClass.mark(grid.glyphs)) \(securityClass.word) \(Format.percent(share))",
                securityClass.role
            )
            line.add("  ", .text)
        }
        line.add("of \(counts ? Format.count(total) : Format.rate(total)) \(unit)", .dim)
        line.draw(into: &grid)
    }

    private static func shareBar(_ rates: ClassCounts, grid: CellGrid) -> StackedBar {
        let glyphs = grid.glyphs
        return StackedBar(segments: [
            .init(share: rates.mutualTLS, glyph: glyphs.barMTLS, role: .mtls),
            .init(share: rates.plaintext + rates.unverified, glyph: glyphs.barPlaintext, role: .plaintext),
            .init(share: rates.unknown, glyph: glyphs.barUnknown, role: .unknown),
        ])
    }

    private static func drawHealth(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter(area: area)
        appendAlertCounts(state.totals.alertCounts, prefix: "Alerts: ", to: &line)
        if let soonest = state.totals.soonestCertificate {
            let left = (soonest.expiresAt - state.referenceTime) / 1000
            let urgency = soonest.urgency(at: state.referenceTime)
            line.add("  Soonest cert: ", .dim)
            line.add(soonest.namespace + "/" + (soonest.workload ?? soonest.kind) + " ", .text)
            line.add(
                urgency == .expired ? "EXPIRED" : Format.duration(seconds: left) + " " + urgency.word,
                urgency.role
            )
        }
        let failing = state.model.sources.filter { $0.error != nil }.count
        let waiting = state.model.sources.filter(\.waiting).count
        line.add("  Sources: ", .dim)
        line.add("\(state.model.sources.count - failing - waiting) ok", .text)
        if waiting > 0 { line.add(", \(waiting) waiting", .dim) }
        if failing > 0 { line.add(", \(failing) failing", .error) }
        line.draw(into: &grid)
    }

    private static func appendAlertCounts(_ counts: [Severity: Int], prefix: String, to line: inout LineWriter) {
        line.add(prefix, .dim)
        for severity in Severity.allCases.reversed() {
            let count = counts[severity] ?? 0
            line.add("\(count) \(severity.word) ", count > 0 ? severity.role : .dim)
        }
    }

    private static func drawCertificateSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter(area: area)
        line.add("Horizon \(state.horizon.label) (H: 24h/7d/30d/1y)  ", .text)
        for urgency in ExpiryUrgency.allCases.reversed() {
            let count = state.totals.certificateCounts[urgency] ?? 0
            line.add("\(count) \(urgency.word)  ", count > 0 ? urgency.role : .dim)
        }
        line.add("SOON: within twice the warn limit", .dim)
        line.draw(into: &grid)
    }
}

/// Collects styled pieces of one line and draws them left to right, clipped to an area.
struct LineWriter {
    private let area: Rect
    private var pieces: [(String, StyleRole)] = []

    init(area: Rect) { self.area = area }

    mutating func add(_ text: String, _ role: StyleRole) { pieces.append((text, role)) }

    func draw(into grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        var x = area.x + 1
        for (text, role) in pieces where x < area.maxX {
            x += grid.write(text, x: x, y: area.y, maxWidth: area.maxX - x, role: role)
        }
    }
}
