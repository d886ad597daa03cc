/// Remembers filtered and sorted tables so that key presses and redraws do not rebuild them.
///
/// Tables are rebuilt when the model changes (a new generation) or when filter, sort or horizon
/// change; moving the selection or redrawing reuses the cached order.
final class TableCache {
    /// What a resolved table depends on.
    struct Key: Hashable {
        var generation: Int
        var location: Location
        var pane: Pane
        var filter: RowFilter?
        var sort: AppState.SortOrder?
        var horizon: CertificateHorizon
        var ascii: Bool
        var now: Int64
        var zone: DisplayZone = .utc
    }

    private var resolved: [Key: ResolvedTable] = [:]
    /// The totals of the newest generation (see `ModelTotals`).
    var cachedTotals: (generation: Int, now: Int64, totals: ModelTotals)?
    private var generation = -1

    /// The table for `key`, from the cache or built from `model`.
    func resolve(_ key: Key, model: DashboardModel) -> ResolvedTable {
        if key.generation != generation {
            resolved.removeAll(keepingCapacity: true)
            generation = key.generation
        }
        if let table = resolved[key] { return table }
        if resolved.count > 32 { resolved.removeAll(keepingCapacity: true) }
        let context = TableContext(
            model: model,
            location: key.location,
            horizon: key.horizon,
            glyphs: key.ascii ? .ascii : .unicode,
            now: key.now,
            zone: key.zone
        )
        let data = key.pane.build(context)
        let table = Self.arrange(data, filter: key.filter, sort: key.sort)
        resolved[key] = table
        return table
    }

    /// Filters and sorts a table's rows; only the sorted column's keys are made, and the cells only under a
    /// filter.
    static func arrange(_ data: TableData, filter: RowFilter?, sort: AppState.SortOrder?) -> ResolvedTable {
        var order = Array(0..<data.rowCount)
        var problem: String?
        if let filter {
            let regex: Regex<AnyRegexOutput>?
            do {
                regex = try Regex(filter.pattern).ignoresCase()
            } catch {
                regex = nil
                problem = "not a regular expression, matching as text: \(filter.pattern)"
            }
            let needle = filter.pattern.lowercased()
            order = order.filter { index in
                let text = data.row(index).filterText
                let matches = regex.map { text.contains($0) } ?? text.lowercased().contains(needle)
                return matches != filter.inverted
            }
        }
        var effective = sort ?? data.defaultSort
        if effective.column >= data.columns.count { effective = data.defaultSort }
        let keys = data.sortKeys(column: effective.column)
        order.sort { left, right in
            let a = keys[left]
            let b = keys[right]
            if a == b { return left < right }
            if a == .missing { return false }
            if b == .missing { return true }
            return effective.descending ? b < a : a < b
        }
        var table = ResolvedTable(data: data, order: order, sort: effective, filterProblem: problem)
        table.contentWidths = data.contentWidths
        return table
    }
}
