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
        crumbs = location.screen.crumbs
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
