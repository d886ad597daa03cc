extension MigrationPlanner {
    /// The steps of `state`, in the plan's order.
    func steps(_ state: State, context: Context) -> [MigrationStep] {
        let final = check(policy(applying: state, context: context)).findings.map(\.finding)
        return context.order.namespaces.map { namespace in
            let verdict = context.verdicts[namespace] ?? .noData
            let resources = resources(in: namespace, state, context: context)
            let action = action(namespace, verdict: verdict, state: state)
            return MigrationStep(
                namespace: namespace,
                verdict: verdict,
                mode: context.evaluator.resolver.namespaceSetting(for: namespace),
                action: action,
                resources: resources,
                todo: todo(namespace, action: action, verdict: verdict, state: state, final: final, context: context),
                evidence: verdict.blockers.map { evidence(for: $0, context) },
                impact: impact(namespace, verdict: verdict, state: state, context: context),
                order: context.order.reasons[namespace] ?? []
            )
        }
    }

    private func action(_ namespace: String, verdict: StrictReadiness, state: State) -> MigrationStep.Action {
        if namespace == input.policy.rootNamespace { return .meshWide }
        if state.switched.contains(namespace) {
            if state.exceptions.keys.contains(where: { Self.namespace(of: $0) == namespace }) {
                return .switchWithExceptions
            }
            return verdict == .ready ? .switchToStrict : .fixRulesAndSwitch
        }
        if state.heldBack[namespace] != nil { return .heldBack }
        switch verdict {
        case .blocked: return .fixFirst
        case .alreadyStrict: return .alreadyStrict
        case .noData, .ready: return .noChange
        }
    }

    /// The blocker with the traffic behind it, in words:
    /// `unknown/unknown → payments/api plaintext from a caller without a proxy, 1.5 req/s`.
    func evidence(for blocker: ReadinessBlocker, _ context: Context) -> MigrationStep.Evidence {
        let port = blocker.port.map { ":\($0)" } ?? ""
        if blocker.kind == .destinationRuleDisablesTLS {
            let rule = context.rules.values.first { $0.reference.description == blocker.source }
            let modes = rule.map { Set(Self.nonMutualModes(of: $0).map(\.rawValue)).sorted().joined(separator: "/") }
            return MigrationStep.Evidence(
                blocker: blocker,
                figures: nil,
                description: "DestinationRule \(blocker.source) sends \(modes ?? "no mutual TLS") to "
                    + "\(blocker.destination)\(port)"
            )
        }
        let records = input.inbound.filter {
            $0.source.description == blocker.source && $0.destination == blocker.destination && $0.port == blocker.port
        }
        let figures = records.map(\.insecure).reduce(zeroFigures, +)
        let what =
            switch blocker.kind {
            case .plaintextCaller: "plaintext"
            case .unmeshedCaller: "plaintext from a caller without a proxy"
            case .unverifiedTraffic: "traffic of unknown security"
            case .destinationWithoutProxy: "into a destination without a proxy"
            case .destinationRuleDisablesTLS: "no mutual TLS"
            }
        return MigrationStep.Evidence(
            blocker: blocker,
            figures: figures,
            description: "\(blocker.source) → \(blocker.destination)\(port) \(what), \(figures.nonZeroDescription)"
        )
    }

    /// What a blocked exception keeps working, for its `breaks-without` note.
    func reason(for blocker: ReadinessBlocker, _ context: Context) -> String {
        evidence(for: blocker, context).description
    }

    /// Zero, with rates when the input has them.
    var zeroFigures: TrafficFigures {
        !input.inbound.isEmpty && input.inbound.allSatisfy(\.insecure.hasRates) ? .zeroRates : TrafficFigures()
    }

    private func impact(
        _ namespace: String,
        verdict: StrictReadiness,
        state: State,
        context: Context
    ) -> MigrationStep.Impact {
        guard verdict != .alreadyStrict, namespace != input.policy.rootNamespace else {
            return MigrationStep.Impact(ifSwitchedNow: zeroFigures, afterStep: zeroFigures)
        }
        var now = zeroFigures
        var after = zeroFigures
        let inbound = context.inbound[namespace] ?? []
        for (workload, effective) in context.evaluator.namespaceTargets(
            namespace,
            workloads: context.known[namespace] ?? [],
            inbound: inbound
        ) {
            let exception = state.exceptions[workload.description]
            for record in StrictReadinessEvaluator.judgedTraffic(into: workload, effective: effective, inbound: inbound)
            where record.destinationHasProxy {
                now = now + record.insecure
                let excepted = exception.map {
                    $0.ports.map { ports in record.port.map(ports.contains) ?? false } ?? true
                }
                if state.switched.contains(namespace), excepted != true { after = after + record.insecure }
            }
        }
        return MigrationStep.Impact(ifSwitchedNow: now, afterStep: after)
    }

    private func todo(
        _ namespace: String,
        action: MigrationStep.Action,
        verdict: StrictReadiness,
        state: State,
        final: [PolicyFinding],
        context: Context
    ) -> [String] {
        var lines: [String] = []
        switch action {
        case .meshWide:
            lines.append(
                "no change here: a selector-less PeerAuthentication in the root namespace \(namespace) is mesh-wide; "
                    + "make it STRICT last, once every namespace is"
            )
        case .switchToStrict:
            lines.append("apply a namespace-wide STRICT PeerAuthentication")
        case .fixRulesAndSwitch:
            lines.append("rewrite the DestinationRules below to ISTIO_MUTUAL, then apply a namespace-wide STRICT")
        case .switchWithExceptions:
            lines.append("apply STRICT with PERMISSIVE exceptions for exactly the blocked workloads or ports below")
            lines.append("then fix the callers (as below without exceptions) and delete the exceptions")
            lines += verdict.blockers.map { Self.fix(for: $0) }
        case .fixFirst:
            lines += verdict.blockers.map { Self.fix(for: $0) }
            if !allowsExceptions {
                lines.append("or switch now with exceptions for the blocked workloads: --allow-exceptions")
            }
        case .heldBack:
            lines += (state.heldBack[namespace] ?? []).map { "held back: \($0)" }
        case .noChange:
            let seen = observed(namespace, context: context)
            lines.append(
                "no change: \(NumberText.short(seen)) requests and connections in the window, fewer than the "
                    + "\(NumberText.short(input.criteria.minimumObservations)) a verdict needs"
            )
        case .alreadyStrict:
            let left = final.filter {
                $0.severity == .critical && Self.namespace(of: $0.subject) == namespace
            }
            lines += left.map { "still to fix: \($0.code.rawValue) \($0.subject): \($0.message)" }
            if left.isEmpty && !state.rewrites.values.contains(where: { $0.contains(namespace) }) {
                lines.append("nothing to do")
            }
        }
        for (rule, why) in state.unrewritable.sorted(by: { $0.key < $1.key })
        where lines.allSatisfy({ !$0.contains("DestinationRule \(rule) cannot") })
            && final.contains(where: {
                $0.resources.contains(rule) && Self.namespace(of: $0.subject) == namespace && $0.severity == .critical
            })
        {
            lines.append("DestinationRule \(rule) is left as it is: \(why)")
        }
        return lines
    }

    /// What must change before `blocker` stops blocking, in words.
    static func fix(for blocker: ReadinessBlocker) -> String {
        let port = blocker.port.map { ":\($0)" } ?? ""
        switch blocker.kind {
        case .plaintextCaller:
            return "make \(blocker.source) send mutual TLS to \(blocker.destination)\(port): its proxy sends "
                + "plaintext (look for a DestinationRule with DISABLE, or traffic that bypasses the proxy)"
        case .unmeshedCaller where blocker.source == "unknown/unknown":
            return "mesh the callers outside the mesh that reach \(blocker.destination)\(port) (inject a proxy, "
                + "or route them through a gateway)"
        case .unmeshedCaller:
            return "inject a proxy into \(blocker.source), which calls \(blocker.destination)\(port) without one"
        case .unverifiedTraffic:
            return "find out what \(blocker.source) sends to \(blocker.destination)\(port): telemetry reports its "
                + "security as unknown; mesh it or show it is mutual TLS"
        case .destinationWithoutProxy:
            return "inject a proxy into \(blocker.destination): STRICT cannot apply to a workload without one"
        case .destinationRuleDisablesTLS:
            return "once \(blocker.destination) has a proxy, set DestinationRule \(blocker.source) to ISTIO_MUTUAL"
        }
    }

    /// The requests and connections a namespace verdict judged.
    private func observed(_ namespace: String, context: Context) -> Double {
        let inbound = context.inbound[namespace] ?? []
        return context.evaluator.namespaceTargets(
            namespace,
            workloads: context.known[namespace] ?? [],
            inbound: inbound
        )
        .flatMap {
            StrictReadinessEvaluator.judgedTraffic(into: $0.workload, effective: $0.effective, inbound: inbound)
        }
        .reduce(0) { $0 + $1.total }
    }
}
