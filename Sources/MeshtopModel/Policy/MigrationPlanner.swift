/// Turns policies and a window of traffic into a STRICT migration plan, namespace by namespace, and
/// checks the plan against meshtop's own check before handing it out.
///
/// READY namespaces get a namespace-wide STRICT PeerAuthentication; a namespace blocked only by
/// DestinationRules towards workloads the traffic shows with a proxy gets those rules rewritten to
/// `ISTIO_MUTUAL` and STRICT; with exceptions allowed, any other blocked namespace gets STRICT with
/// PERMISSIVE exceptions for exactly the blocked workloads or ports. The policies with the plan applied are
/// then checked as `meshtop check` checks them: a rule that would now send plaintext to a STRICT workload
/// is rewritten where the traffic shows a proxy behind it, and a switch that would still raise a new
/// critical finding gets an exception (when allowed) or is held back, until nothing changes.
package struct MigrationPlanner: Sendable {
    /// The policies, workloads and traffic, as `check` takes them.
    package var input: PolicyCheckReport.Input
    /// Whether a blocked namespace may switch with exceptions (`--allow-exceptions`).
    package var allowsExceptions: Bool
    /// The objects as read (`PolicyDecoder`), so rewritten rules keep every field; a rule missing here
    /// is written from the model.
    package var manifests: [PolicyReference: ManifestValue]

    /// Creates a planner.
    package init(
        input: PolicyCheckReport.Input,
        allowsExceptions: Bool = false,
        manifests: [PolicyReference: ManifestValue] = [:]
    ) {
        var input = input
        input.suppressions = []
        self.input = input
        self.allowsExceptions = allowsExceptions
        self.manifests = manifests
    }

    /// A PERMISSIVE (or, where the namespace is DISABLE, DISABLE) exception for one workload.
    struct Exception: Sendable, Hashable {
        /// The workload excepted.
        var workload: PolicyWorkload
        /// The ports excepted; `nil` for the whole workload.
        var ports: Set<Int>?
        /// What the exception keeps working, one line per blocked caller or rule.
        var reasons: [String]
    }

    /// What the search has settled so far.
    struct State: Sendable {
        /// Namespaces switched to STRICT.
        var switched: Set<String> = []
        /// Exceptions, by workload (`namespace/name`).
        var exceptions: [String: Exception] = [:]
        /// Rules rewritten to `ISTIO_MUTUAL`, with the namespaces whose switch needs them.
        var rewrites: [PolicyReference: Set<String>] = [:]
        /// Rules that must not be rewritten, and why.
        var unrewritable: [PolicyReference: String] = [:]
        /// READY or fixable namespaces held back, and why.
        var heldBack: [String: [String]] = [:]
    }

    /// Everything the planner derives from the input once.
    struct Context: Sendable {
        var evaluator: StrictReadinessEvaluator
        var known: [String: [PolicyWorkload]]
        var inbound: [String: [InboundTraffic]]
        var verdicts: [String: StrictReadiness]
        var order: MigrationOrder
        var rules: [PolicyReference: DestinationRule]

        /// The workloads of `namespace` readiness judges (known ones and traffic-only stand-ins).
        func workloads(in namespace: String) -> [PolicyWorkload] {
            StrictReadinessEvaluator.workloads(
                in: namespace,
                known: known[namespace] ?? [],
                inbound: inbound[namespace] ?? []
            )
        }
    }

    /// The plan.
    package func plan() -> MigrationPlan {
        let context = makeContext()
        var state = State()
        for namespace in context.order.namespaces where namespace != input.policy.rootNamespace {
            switch context.verdicts[namespace] ?? .noData {
            case .ready:
                state.switched.insert(namespace)
            case .blocked(let blockers):
                if let rules = fixableRules(namespace, blockers: blockers, context: context) {
                    state.switched.insert(namespace)
                    for rule in rules { state.rewrites[rule, default: []].insert(namespace) }
                } else if allowsExceptions {
                    state.switched.insert(namespace)
                    for blocker in blockers {
                        except(blocker.destination, port: blocker.port, because: reason(for: blocker, context), &state)
                    }
                }
            case .noData, .alreadyStrict:
                break
            }
        }
        var notes: [String] = []
        if !settle(&state, context: context) {
            notes.append("the plan's check did not settle; verify it with meshtop check before applying it")
        }
        return MigrationPlan(
            steps: steps(state, context: context),
            hasRates: !input.inbound.isEmpty && input.inbound.allSatisfy(\.insecure.hasRates),
            allowsExceptions: allowsExceptions,
            policy: input.policy,
            notes: notes
        )
    }

    private func makeContext() -> Context {
        let evaluator = StrictReadinessEvaluator(policy: input.policy, criteria: input.criteria)
        let known = Dictionary(grouping: input.workloads, by: \.namespace)
        let inbound = Dictionary(grouping: input.inbound, by: \.destinationNamespace)
        var verdicts: [String: StrictReadiness] = [:]
        var rank: [String: Int] = [:]
        for namespace in input.namespaces {
            let verdict = evaluator.readiness(
                ofNamespace: namespace,
                workloads: known[namespace] ?? [],
                inbound: inbound[namespace] ?? []
            )
            verdicts[namespace] = verdict
            rank[namespace] =
                switch verdict {
                case .ready, .alreadyStrict: 0
                case .blocked: 1
                case .noData: 2
                }
        }
        let calls = Set(
            input.inbound.filter { $0.total > 0 }.map {
                MigrationOrder.Call(caller: $0.source.namespace, destination: $0.destinationNamespace)
            }
        )
        var rules: [PolicyReference: DestinationRule] = [:]
        for rule in input.policy.destinationRules { rules[rule.reference] = rule }
        return Context(
            evaluator: evaluator,
            known: known,
            inbound: inbound,
            verdicts: verdicts,
            order: MigrationOrder(rank: rank, calls: calls),
            rules: rules
        )
    }

    /// The rules to rewrite when `namespace` is blocked by nothing but rules that can be rewritten, and
    /// is READY with them rewritten; `nil` otherwise.
    private func fixableRules(
        _ namespace: String,
        blockers: [ReadinessBlocker],
        context: Context
    ) -> [PolicyReference]? {
        guard blockers.allSatisfy({ $0.kind == .destinationRuleDisablesTLS }) else { return nil }
        var references: Set<PolicyReference> = []
        for blocker in blockers {
            guard let rule = context.rules.values.first(where: { $0.reference.description == blocker.source }),
                whyNotRewritable(rule.reference, target: blocker.destination, context: context) == nil
            else { return nil }
            references.insert(rule.reference)
        }
        let fixed = input.policy.applying(
            references.sorted().compactMap { context.rules[$0].map { .destinationRule(Self.rewritten($0)) } }
        )
        let verdict = StrictReadinessEvaluator(policy: fixed, criteria: input.criteria).readiness(
            ofNamespace: namespace,
            workloads: context.known[namespace] ?? [],
            inbound: context.inbound[namespace] ?? []
        )
        return verdict == .ready ? references.sorted() : nil
    }

    /// Why `rule` must not be rewritten to `ISTIO_MUTUAL` for `target` (`namespace/workload`), or `nil`.
    func whyNotRewritable(_ reference: PolicyReference, target: String, context: Context) -> String? {
        guard let rule = context.rules[reference] else { return "it is not among the policies read" }
        let host = ServiceHost.resolve(rule.host, inNamespace: rule.namespace)
        if host.hasPrefix("*") {
            return "its host \(host) is a wildcard: rewriting it would change the TLS towards every host it "
                + "matches; narrow it by hand"
        }
        let records = input.inbound.filter { $0.destination == target && $0.total > 0 }
        guard !records.isEmpty, records.allSatisfy(\.destinationHasProxy) else {
            return records.isEmpty
                ? "no traffic into \(target) in the window shows a proxy there, and without one ISTIO_MUTUAL "
                    + "would break its callers"
                : "\(target) runs no proxy, so its callers must not send it mutual TLS"
        }
        return nil
    }

    /// Adds (or widens) the exception for `destination` (`namespace/workload`) on `port` (`nil`: every
    /// port); returns whether anything changed.
    @discardableResult
    func except(_ destination: String, port: Int?, because reason: String, _ state: inout State) -> Bool {
        let namespace = Self.namespace(of: destination)
        let workload =
            StrictReadinessEvaluator.workloads(
                in: namespace,
                known: input.workloads.filter { $0.namespace == namespace },
                inbound: input.inbound.filter { $0.destinationNamespace == namespace }
            ).first { $0.description == destination }
            ?? PolicyWorkload.fromTelemetry(
                namespace: namespace,
                name: String(destination.dropFirst(namespace.count + 1)),
                app: String(destination.dropFirst(namespace.count + 1)),
                version: nil
            )
        guard var exception = state.exceptions[destination] else {
            state.exceptions[destination] = Exception(
                workload: workload,
                ports: port.map { [$0] },
                reasons: [reason]
            )
            return true
        }
        let ports: Set<Int>? =
            if let existing = exception.ports, let port { existing.union([port]) } else { nil }
        let changed = ports != exception.ports || !exception.reasons.contains(reason)
        exception.ports = ports
        if !exception.reasons.contains(reason) { exception.reasons.append(reason) }
        state.exceptions[destination] = exception
        return changed
    }

    /// The namespace part of `namespace/name`.
    static func namespace(of subject: String) -> String {
        String(subject.prefix { $0 != "/" })
    }
}
