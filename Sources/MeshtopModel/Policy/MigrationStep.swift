/// One namespace's step in a STRICT migration plan: where it stands, what to do, and what it would cost.
package struct MigrationStep: Sendable, Hashable {
    /// What the step does.
    package enum Action: String, Sendable, Hashable, Codable {
        /// READY: a namespace-wide STRICT PeerAuthentication.
        case switchToStrict = "switch-to-strict"
        /// Blocked only by DestinationRules towards meshed workloads: the rules rewritten to
        /// `ISTIO_MUTUAL`, then STRICT.
        case fixRulesAndSwitch = "fix-rules-and-switch"
        /// Blocked, flipped anyway (`--allow-exceptions`): STRICT with PERMISSIVE exceptions for exactly
        /// the blocked workloads or ports.
        case switchWithExceptions = "switch-with-exceptions"
        /// Blocked: what must change first, no objects.
        case fixFirst = "fix-first"
        /// READY by its traffic, but the switch would raise a critical finding the verdict does not see
        /// (a rule towards a workload without traffic in the window): held back, no objects.
        case heldBack = "held-back"
        /// NO DATA: no change.
        case noChange = "no-change"
        /// ALREADY STRICT: nothing, or the conflicts still to fix.
        case alreadyStrict = "already-strict"
        /// The root namespace: its selector-less policy is mesh-wide, so it is not switched as a namespace.
        case meshWide = "mesh-wide"
    }

    /// One blocker with the traffic behind it.
    package struct Evidence: Sendable, Hashable {
        /// The blocker.
        package var blocker: ReadinessBlocker
        /// The insecure traffic behind it (nil for a DestinationRule, which is configuration).
        package var figures: TrafficFigures?
        /// `unknown/unknown → payments/api plaintext from a caller without a proxy, 1.5 req/s`.
        package var description: String
    }

    /// What a STRICT switch would refuse, from the window's traffic.
    package struct Impact: Sendable, Hashable {
        /// Refused if the namespace were switched now, without the step's exceptions.
        package var ifSwitchedNow: TrafficFigures
        /// Refused once the step's objects are applied (zero when nothing is applied).
        package var afterStep: TrafficFigures
    }

    /// The namespace.
    package var namespace: String
    /// The verdict under the current policies.
    package var verdict: StrictReadiness
    /// The mode a workload of the namespace gets without its own policy, and where it comes from.
    package var mode: EffectiveMode.Setting
    /// What the step does.
    package var action: Action
    /// The objects to apply, in order.
    package var resources: [PlannedResource]
    /// What to do, in words: one line each.
    package var todo: [String]
    /// The blockers and the traffic behind them.
    package var evidence: [Evidence]
    /// What the switch would refuse.
    package var impact: Impact
    /// Why the step stands where it does in the order (`after istio-system, which calls it`).
    package var order: [String]
}
