/// The STRICT migration plan: one step per namespace, in the order it is safe to switch them.
package struct MigrationPlan: Sendable, Hashable {
    /// The steps, in order.
    package var steps: [MigrationStep]
    /// True when the figures are per-second rates over a window; false for a single scrape (counts).
    package var hasRates: Bool
    /// Whether exceptions were allowed (`--allow-exceptions`).
    package var allowsExceptions: Bool
    /// The policies the plan starts from.
    package var policy: MeshPolicy
    /// What the planner could not settle (an unfinished search), for the reader.
    package var notes: [String]

    /// Every object to apply, step by step.
    package var resources: [PlannedResource] { steps.flatMap(\.resources) }

    /// The policies once every object of the plan is applied.
    package var appliedPolicy: MeshPolicy { policy.applying(resources.map(\.object)) }
}
