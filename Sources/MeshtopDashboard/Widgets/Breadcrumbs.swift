import MeshtopModel

/// The path to the current screen: `mesh ▸ payments ▸ api`.
package struct Breadcrumbs {
    /// The crumbs, outermost first.
    package var crumbs: [String]

    /// Creates breadcrumbs.
    package init(crumbs: [String]) {
        self.crumbs = crumbs
    }

    /// The crumbs of a location.
    package init(location: Location) {
        switch location {
        case .mesh: crumbs = ["mesh"]
        case .namespace(let name): crumbs = ["mesh", name]
        case .workload(let id): crumbs = ["mesh", id.namespace, id.name]
        case .alerts, .certificates, .edges, .readiness, .sources: crumbs = ["mesh", location.kind.title]
        case .namespaceReadiness(let name): crumbs = ["mesh", "readiness", name]
        case .alert(let id): crumbs = ["mesh", "alerts", String(id.prefix { $0 != "|" })]
        }
    }

    /// Draws the crumbs from the left of `area`; the last one bold. Returns the columns used.
    @discardableResult
    package func render(in area: Rect, into grid: inout CellGrid, role: StyleRole = .title) -> Int {
        var x = area.x
        for (index, crumb) in crumbs.enumerated() {
            if index > 0 {
                x += grid.write(grid.glyphs.crumbSeparator, x: x, y: area.y, maxWidth: area.maxX - x, role: role)
            }
            let isLast = index == crumbs.count - 1
            x += grid.write(
                crumb,
                x: x,
                y: area.y,
                maxWidth: area.maxX - x,
                role: role,
                attributes: isLast ? .bold : []
            )
        }
        return x - area.x
    }
}
