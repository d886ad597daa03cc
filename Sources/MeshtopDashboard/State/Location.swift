import MeshtopModel

/// The seven screens, numbered as the `1`–`7` keys select them.
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
    package var title: String {
        switch self {
        case .mesh: return "mesh"
        case .namespace: return "namespace"
        case .workload: return "workload"
        case .alerts: return "alerts"
        case .certificates: return "certificates"
        case .edges: return "edges"
        case .readiness: return "readiness"
        case .sources: return "sources"
        }
    }
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
    package var kind: ScreenKind {
        switch self {
        case .mesh: return .mesh
        case .namespace: return .namespace
        case .workload: return .workload
        case .alerts: return .alerts
        case .certificates: return .certificates
        case .edges: return .edges
        case .readiness, .namespaceReadiness: return .readiness
        case .sources: return .sources
        case .alert: return .alerts
        }
    }

    /// One level up the breadcrumb: a workload's namespace, a namespace's readiness list or the mesh; nil for
    /// the mesh overview itself.
    package var parent: Location? {
        switch self {
        case .mesh: return nil
        case .workload(let id): return .namespace(id.namespace)
        case .namespaceReadiness: return .readiness
        case .namespace, .alerts, .certificates, .edges, .readiness, .sources: return .mesh
        case .alert: return .alerts
        }
    }

    /// The namespace this location is about, as a namespace screen (a workload's own namespace).
    package var namespaceLocation: Location? {
        switch self {
        case .namespace: return self
        case .workload(let id): return .namespace(id.namespace)
        case .namespaceReadiness(let name): return .namespace(name)
        case .mesh, .alerts, .certificates, .edges, .readiness, .sources, .alert: return nil
        }
    }

    /// Whether this is one alert's detail.
    package var isAlert: Bool { if case .alert = self { true } else { false } }

    /// The panes (tabs) of this screen, the first shown by default.
    package var panes: [Pane] {
        switch self {
        case .mesh: return [.namespaces]
        case .namespace: return [.workloads, .plaintextInbound, .plaintextOutbound]
        case .workload: return [.inbound, .outbound, .failures, .workloadCertificates, .evidence]
        case .alerts: return [.alerts]
        case .certificates: return [.certificates]
        case .edges: return [.edges]
        case .readiness: return [.readiness]
        case .namespaceReadiness: return [.workloadReadiness, .blockers]
        case .sources: return [.sources]
        case .alert: return [.alertEvidence]
        }
    }
}

/// A table shown on a screen.
package enum Pane: String, CaseIterable, Hashable, Sendable {
    /// Namespaces of the mesh.
    case namespaces
    /// Workloads of a namespace.
    case workloads
    /// Plaintext edges into a namespace.
    case plaintextInbound
    /// Plaintext edges out of a namespace.
    case plaintextOutbound
    /// Edges into a workload.
    case inbound
    /// Edges out of a workload.
    case outbound
    /// Handshake failures of a workload.
    case failures
    /// Certificates of a workload.
    case workloadCertificates
    /// Evidence series of a workload.
    case evidence
    /// All alerts.
    case alerts
    /// All certificates.
    case certificates
    /// Plaintext and unverified edges.
    case edges
    /// STRICT verdicts of the namespaces.
    case readiness
    /// STRICT verdicts of a namespace's workloads.
    case workloadReadiness
    /// What blocks a namespace's switch to STRICT, one row per blocker.
    case blockers
    /// The telemetry sources.
    case sources
    /// The evidence series behind one alert.
    case alertEvidence

    /// The tab title.
    package var title: String {
        switch self {
        case .namespaces: return "Namespaces"
        case .workloads: return "Workloads"
        case .plaintextInbound: return "Plaintext in"
        case .plaintextOutbound: return "Plaintext out"
        case .inbound: return "Inbound"
        case .outbound: return "Outbound"
        case .failures: return "Handshake failures"
        case .workloadCertificates: return "Certificates"
        case .evidence: return "Evidence"
        case .alerts: return "Alerts"
        case .certificates: return "Certificates"
        case .edges: return "Plaintext & unverified edges"
        case .readiness: return "STRICT readiness"
        case .workloadReadiness: return "Workloads"
        case .blockers: return "Blockers"
        case .sources: return "Sources"
        case .alertEvidence: return "Evidence"
        }
    }
}
