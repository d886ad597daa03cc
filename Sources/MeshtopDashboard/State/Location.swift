import MeshtopModel

/// The eight screens, numbered as the `1`–`8` keys select them.
package enum ScreenKind: Int, CaseIterable, Hashable, Sendable {
    /// The mesh overview: namespaces.
    case mesh = 1
    /// One namespace: its workloads and plaintext edges.
    case namespace = 2
    /// One workload: edges, failures, certificates, evidence.
    case workload = 3
    /// All alerts.
    case alerts = 4
    /// The certificate expiry timeline.
    case certificates = 5
    /// Plaintext and unverified edges.
    case edges = 6
    /// STRICT readiness per namespace and workload.
    case readiness = 7
    /// The telemetry sources and their health.
    case sources = 8

    /// The screen's name in breadcrumbs and help.
    package var title: String { screen.title }

    /// The `:` command that shows the screen.
    package var command: String { screen.command }
}

/// Where the user is: a screen and, for drill-down screens, its subject.
package enum Location: Hashable, Sendable {
    /// The mesh overview.
    case mesh
    /// A namespace.
    case namespace(String)
    /// A workload.
    case workload(WorkloadID)
    /// The alert list.
    case alerts
    /// The certificate timeline.
    case certificates
    /// The plaintext edge list.
    case edges
    /// STRICT readiness of every namespace.
    case readiness
    /// STRICT readiness of one namespace's workloads, with its blockers.
    case namespaceReadiness(String)
    /// The telemetry sources.
    case sources
    /// One alert: what fired, since when, the evidence and what to do (by ``AlertSummary/id``).
    case alert(String)

    /// The kind of screen.
    package var kind: ScreenKind { screen.kind }

    /// One level up the breadcrumb: a workload's namespace, a namespace's readiness list or the mesh; nil for
    /// the mesh overview itself.
    package var parent: Location? { screen.parent }

    /// The namespace this location is about, as a namespace screen (a workload's own namespace).
    package var namespaceLocation: Location? { screen.namespaceLocation }

    /// The panes (tabs) of this screen, the first shown by default.
    package var panes: [Pane] { screen.panes }
}
