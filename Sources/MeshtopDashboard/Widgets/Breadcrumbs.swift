import MeshtopModel

/// The path to the current screen: `mesh ▸ payments ▸ api`.
package struct Breadcrumbs {
    /// The crumbs, outermost first.
    package var crumbs: [String]
    /// The role they are drawn in.
    package var role: StyleRole

    /// Creates breadcrumbs.
    package init(crumbs: [String], role: StyleRole = .title) {
        self.crumbs = crumbs
        self.role = role
    }

    /// The crumbs of a location.
    package init(location: Location) {
        self.init(crumbs: location.screen.crumbs)
    }

    /// Draws the crumbs from the left of `area`; the last one bold.
    package func render(in area: Rect, into grid: inout CellGrid) {
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
    }
}
