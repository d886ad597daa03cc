extension MigrationPlanner {
    /// A finding's identity across policy sets: its message names the policy in force, which a plan changes.
    struct FindingKey: Hashable {
        var code: FindingCode
        var subject: String
        var port: Int?

        init(_ finding: PolicyFinding) {
            code = finding.code
            subject = finding.subject
            port = finding.port
        }
    }

    /// The check of `input` under `policy`.
    func check(_ policy: MeshPolicy) -> PolicyCheckReport {
        var input = self.input
        input.policy = policy
        return PolicyCheckReport(input)
    }

    /// The policies with `state`'s objects applied.
    func policy(applying state: State, context: Context) -> MeshPolicy {
        input.policy.applying(resources(state, context: context).map(\.object))
    }

    /// Checks the policies with the plan applied and adjusts the plan, one change per round, until the check
    /// raises no critical finding the current policies do not raise; returns false if it did not settle.
    func settle(_ state: inout State, context: Context) -> Bool {
        let baseline = Set(
            check(input.policy).findings.map(\.finding).filter { $0.severity == .critical }.map(FindingKey.init)
        )
        let rounds = 8 + 4 * (input.namespaces.count + input.workloads.count + input.policy.destinationRules.count)
        for _ in 0..<rounds {
            let findings = check(policy(applying: state, context: context)).findings.map(\.finding)
            if rewriteConflictingRules(findings, &state, context: context) { continue }
            let fresh = findings.filter { $0.severity == .critical && !baseline.contains(FindingKey($0)) }
            guard fresh.sorted().contains(where: { resolve($0, &state, context: context) }) else {
                return fresh.isEmpty
            }
        }
        return false
    }

    /// Marks for rewriting (or as not rewritable) every rule an MT101 finding names that the plan has not
    /// judged yet; returns whether anything changed.
    private func rewriteConflictingRules(_ findings: [PolicyFinding], _ state: inout State, context: Context) -> Bool {
        var changed = false
        for finding in findings.sorted() where finding.code == .destinationRuleBreaksStrict {
            guard let rule = finding.resources.first(where: { $0.kind == .destinationRule }),
                state.rewrites[rule] == nil, state.unrewritable[rule] == nil
            else { continue }
            if let why = whyNotRewritable(rule, target: finding.subject, context: context) {
                state.unrewritable[rule] = why
            } else {
                state.rewrites[rule, default: []].insert(Self.namespace(of: finding.subject))
            }
            changed = true
        }
        return changed
    }

    /// Makes `finding` (critical, and new under the plan) go away: a rewrite that reaches a DISABLE
    /// workload is undone; a switched namespace gets an exception when allowed, else is held back.
    /// Returns whether the plan changed.
    private func resolve(_ finding: PolicyFinding, _ state: inout State, context: Context) -> Bool {
        if finding.code == .destinationRuleMutualToDisabled,
            let rule = finding.resources.first(where: { $0.kind == .destinationRule && state.rewrites[$0] != nil })
        {
            state.rewrites[rule] = nil
            state.unrewritable[rule] =
                "with ISTIO_MUTUAL it would send mutual TLS to \(finding.subject), which accepts only plaintext"
            return true
        }
        let namespace = Self.namespace(of: finding.subject)
        let cause = heldBackReason(for: finding, state: state)
        if state.switched.contains(namespace), allowsExceptions,
            except(finding.subject, port: finding.port, because: cause, &state)
        {
            return true
        }
        if state.switched.remove(namespace) != nil {
            state.exceptions = state.exceptions.filter { Self.namespace(of: $0.key) != namespace }
            state.heldBack[namespace, default: []].append(cause)
            return true
        }
        // Not caused by a switch: by a rewrite elsewhere, which is undone.
        var changed = false
        for rule in finding.resources where rule.kind == .destinationRule && state.rewrites[rule] != nil {
            state.rewrites[rule] = nil
            state.unrewritable[rule] = "rewriting it would raise \(finding.code.rawValue) on \(finding.subject)"
            changed = true
        }
        return changed
    }

    private func heldBackReason(for finding: PolicyFinding, state: State) -> String {
        let port = finding.port.map { ":\($0)" } ?? ""
        var text = "switching would raise \(finding.code.rawValue) on \(finding.subject)\(port) (\(finding.code.title))"
        if let rule = finding.resources.first(where: { $0.kind == .destinationRule }),
            let why = state.unrewritable[rule]
        {
            text += ": DestinationRule \(rule) cannot be rewritten, as \(why)"
        }
        return text
    }
}
