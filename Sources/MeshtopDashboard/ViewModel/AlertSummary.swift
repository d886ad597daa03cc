import MeshtopModel

/// An alert raised by the model.
package struct AlertSummary: Hashable, Sendable {
    /// How serious it is.
    package var severity: AlertSeverity
    /// When it started, Unix milliseconds.
    package var since: Int64
    /// The workload concerned, if any.
    package var workload: WorkloadID?
    /// The namespace concerned, if no workload.
    package var namespace: String?
    /// One line saying what is wrong.
    package var message: String
    /// When its condition stopped holding, Unix milliseconds; nil while it fires.
    package var resolvedAt: Int64?
    /// Tells this alert apart from every other at any moment (code, namespace, workload, subject).
    package var id: String
    /// What an operator can do about it.
    package var advice: String
    /// When its condition was last seen, Unix milliseconds.
    package var lastSeen: Int64

    /// Creates an alert.
    package init(
        severity: AlertSeverity,
        since: Int64,
        workload: WorkloadID? = nil,
        namespace: String? = nil,
        message: String,
        resolvedAt: Int64? = nil,
        id: String? = nil,
        advice: String = "",
        lastSeen: Int64? = nil
    ) {
        self.severity = severity
        self.since = since
        self.workload = workload
        self.namespace = namespace ?? workload?.namespace
        self.message = message
        self.resolvedAt = resolvedAt
        self.id = id ?? message
        self.advice = advice
        self.lastSeen = lastSeen ?? since
    }
}
