/// One screen of the dashboard: everything that differs from screen to screen lives in one file per screen.
///
/// A screen is a value built from a ``Location`` (``Location/screen``); the renderer, the layout and the
/// reducer ask it for its panes, breadcrumbs, parent and summary instead of switching over locations.
protocol Screen {
    /// The kind of screen, for the number keys and exported file names.
    var kind: ScreenKind { get }
    /// The path to it, outermost first: `mesh ▸ payments ▸ api`.
    var crumbs: [String] { get }
    /// One level up the breadcrumb; nil for the mesh overview itself.
    var parent: Location? { get }
    /// The namespace it is about, as a namespace screen, if any.
    var namespaceLocation: Location? { get }
    /// Its panes (tabs), the first shown by default.
    var panes: [Pane] { get }
    /// How many summary lines it asks for on tall terminals.
    var summaryLines: Int { get }
    /// Draws its summary lines into `area`.
    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid)
}

extension Screen {
    var namespaceLocation: Location? { nil }
    var summaryLines: Int { 1 }
}

/// A screen the number keys and its `:` command open.
protocol TopLevelScreen: Screen {
    /// Its name in breadcrumbs and help.
    static var title: String { get }
    /// The `:` command that shows it.
    static var command: String { get }
    /// Where its key leads from `state`; nil when there is nothing to show.
    static func entry(from state: AppState) -> Location?
    /// What the status bar says when there is nothing to show.
    static var nothingToShow: String { get }
}

extension TopLevelScreen {
    static var nothingToShow: String { "nothing to show" }
}

extension Location {
    /// The screen that shows this location: the one place that maps locations to screens.
    var screen: any Screen {
        switch self {
        case .mesh: MeshScreen()
        case .namespace(let name): NamespaceScreen(name: name)
        case .workload(let id): WorkloadScreen(id: id)
        case .alerts: AlertsScreen()
        case .certificates: CertificatesScreen()
        case .edges: EdgesScreen()
        case .readiness: ReadinessScreen()
        case .namespaceReadiness(let name): NamespaceReadinessScreen(name: name)
        case .sources: SourcesScreen()
        case .alert(let id): AlertScreen(id: id)
        }
    }
}

extension ScreenKind {
    /// The screen its key opens: the one place that maps kinds to screens.
    var screen: any TopLevelScreen.Type {
        switch self {
        case .mesh: MeshScreen.self
        case .namespace: NamespaceScreen.self
        case .workload: WorkloadScreen.self
        case .alerts: AlertsScreen.self
        case .certificates: CertificatesScreen.self
        case .edges: EdgesScreen.self
        case .readiness: ReadinessScreen.self
        case .sources: SourcesScreen.self
        }
    }
}
