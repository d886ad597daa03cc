import MeshtopModel

/// A series a figure was computed from.
package struct EvidenceItem: Hashable, Sendable {
    /// The workload the figure belongs to.
    package var workload: WorkloadID
    /// What figure it supports, e.g. `plaintext requests/s`.
    package var figure: String
    /// The series as it appeared in the telemetry (untrusted text: sanitized when drawn).
    package var series: String
    /// Its value.
    package var value: Double

    /// Creates an evidence item.
    package init(workload: WorkloadID, figure: String, series: String, value: Double) {
        self.workload = workload
        self.figure = figure
        self.series = series
        self.value = value
    }
}
