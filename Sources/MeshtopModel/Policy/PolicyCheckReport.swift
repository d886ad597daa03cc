/// Everything `meshtop check` reports: effective modes, STRICT readiness, findings, and whether to fail.
package struct PolicyCheckReport: Sendable, Hashable, Codable {
    /// A mode and where it comes from, as plain values for output.
    package struct ModeEntry: Sendable, Hashable, Codable {
        /// The mode.
        package var mode: MutualTLSMode
        /// Its origin, in words (`namespace policy default`).
        package var origin: String

        /// Creates an entry from a resolved setting.
        package init(_ setting: EffectiveMode.Setting) {
            self.mode = setting.mode
            self.origin = setting.origin.description
        }
    }

    /// One namespace's mode and readiness.
    package struct NamespaceEntry: Sendable, Hashable, Codable {
        /// The namespace.
        package var name: String
        /// The mode a workload without its own policy gets.
        package var mode: ModeEntry
        /// `READY`, `BLOCKED (n)`, `NO DATA` or `ALREADY STRICT`.
        package var readiness: String
        /// What blocks a switch to STRICT.
        package var blockers: [ReadinessBlocker]
    }

    /// One workload's effective mode and readiness.
    package struct WorkloadEntry: Sendable, Hashable, Codable {
        /// The namespace.
        package var namespace: String
        /// The workload.
        package var name: String
        /// The mode for ports without an override.
        package var mode: ModeEntry
        /// Port-level overrides, by target port.
        package var ports: [Int: ModeEntry]
        /// True when selectors were matched against telemetry labels only.
        package var selectorMatchIsGuess: Bool
        /// `READY`, `BLOCKED (n)`, `NO DATA` or `ALREADY STRICT`.
        package var readiness: String
        /// What blocks a switch to STRICT.
        package var blockers: [ReadinessBlocker]

        private enum SnakeCaseKeys: String, CodingKey {
            case selectorMatchIsGuess = "selector_match_is_guess"
        }

        /// Every field under its camelCase key, and `selector_match_is_guess` beside it (see the README).
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(namespace, forKey: .namespace)
            try container.encode(name, forKey: .name)
            try container.encode(mode, forKey: .mode)
            try container.encode(ports, forKey: .ports)
            try container.encode(selectorMatchIsGuess, forKey: .selectorMatchIsGuess)
            try container.encode(readiness, forKey: .readiness)
            try container.encode(blockers, forKey: .blockers)
            var snake = encoder.container(keyedBy: SnakeCaseKeys.self)
            try snake.encode(selectorMatchIsGuess, forKey: .selectorMatchIsGuess)
        }
    }

    /// One finding with its code's equivalents spelled out.
    package struct FindingEntry: Sendable, Hashable, Codable {
        /// The finding.
        package var finding: PolicyFinding
        /// The equivalent Kiali validation, if any.
        package var kiali: String?
        /// The equivalent istioctl analyze message, if any.
        package var istioctl: String?
    }

    /// The root namespace used.
    package var rootNamespace: String
    /// The mesh-level mode.
    package var mesh: ModeEntry
    /// Namespaces, sorted.
    package var namespaces: [NamespaceEntry]
    /// Workloads, sorted by namespace and name.
    package var workloads: [WorkloadEntry]
    /// Findings left after suppression, most severe first.
    package var findings: [FindingEntry]
    /// How many findings `--suppress` hid.
    package var suppressedCount: Int
    /// The severity at or above which the check fails.
    package var failureThreshold: FindingSeverity
    /// True when a finding at or above the threshold remains.
    package var failed: Bool
    /// What the loaders skipped or assumed.
    package var notes: [String]

    /// The process exit status: 1 when failed, else 0 (like `istioctl analyze --failure-threshold`).
    package var exitStatus: Int32 { failed ? 1 : 0 }

    /// The snake_case keys `report` and `inspect` use, written beside the camelCase ones of earlier
    /// versions; the camelCase keys go at the next major version.
    private enum SnakeCaseKeys: String, CodingKey {
        case rootNamespace = "root_namespace"
        case suppressedCount = "suppressed_count"
        case failureThreshold = "failure_threshold"
    }

    /// Every field under its camelCase key, and the snake_case keys beside them.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rootNamespace, forKey: .rootNamespace)
        try container.encode(mesh, forKey: .mesh)
        try container.encode(namespaces, forKey: .namespaces)
        try container.encode(workloads, forKey: .workloads)
        try container.encode(findings, forKey: .findings)
        try container.encode(suppressedCount, forKey: .suppressedCount)
        try container.encode(failureThreshold, forKey: .failureThreshold)
        try container.encode(failed, forKey: .failed)
        try container.encode(notes, forKey: .notes)
        var snake = encoder.container(keyedBy: SnakeCaseKeys.self)
        try snake.encode(rootNamespace, forKey: .rootNamespace)
        try snake.encode(suppressedCount, forKey: .suppressedCount)
        try snake.encode(failureThreshold, forKey: .failureThreshold)
    }
}

extension PolicyCheckReport {
    /// What a check is computed from.
    package struct Input: Sendable {
        /// The policies.
        package var policy: MeshPolicy
        /// The known workloads (from pods, and from telemetry).
        package var workloads: [PolicyWorkload]
        /// True when the workloads come from a complete pod listing.
        package var workloadsAreComplete: Bool
        /// Inbound traffic over the window; empty without telemetry.
        package var inbound: [InboundTraffic]
        /// Readiness thresholds.
        package var criteria: StrictReadinessEvaluator.Criteria
        /// `--suppress` rules.
        package var suppressions: [FindingSuppression]
        /// `--fail-on`.
        package var failureThreshold: FindingSeverity
        /// Loader notes to pass through.
        package var notes: [String]

        /// Creates an input.
        package init(
            policy: MeshPolicy,
            workloads: [PolicyWorkload] = [],
            workloadsAreComplete: Bool = false,
            inbound: [InboundTraffic] = [],
            criteria: StrictReadinessEvaluator.Criteria = .init(),
            suppressions: [FindingSuppression] = [],
            failureThreshold: FindingSeverity = .critical,
            notes: [String] = []
        ) {
            self.policy = policy
            self.workloads = workloads
            self.workloadsAreComplete = workloadsAreComplete
            self.inbound = inbound
            self.criteria = criteria
            self.suppressions = suppressions
            self.failureThreshold = failureThreshold
            self.notes = notes
        }
    }

    /// Runs every check over `input`.
    package init(_ input: Input) {
        let evaluator = StrictReadinessEvaluator(policy: input.policy, criteria: input.criteria)
        let known = Dictionary(grouping: input.workloads, by: \.namespace)
        let inbound = Dictionary(grouping: input.inbound, by: \.destinationNamespace)
        let namespaceNames = input.namespaces
        let workloads = namespaceNames.flatMap {
            StrictReadinessEvaluator.workloads(in: $0, known: known[$0] ?? [], inbound: inbound[$0] ?? [])
        }
        let analyzer = PolicyAnalyzer(
            policy: input.policy,
            workloads: input.workloads,
            workloadsAreComplete: input.workloadsAreComplete
        )
        let all = (analyzer.findings() + evaluator.trafficFindings(workloads: workloads, inbound: input.inbound))
            .sorted()
        let kept = all.filter { finding in !input.suppressions.contains { $0.suppresses(finding) } }
        rootNamespace = input.policy.rootNamespace
        mesh = ModeEntry(evaluator.resolver.meshSetting)
        namespaces = namespaceNames.map { name in
            let verdict = evaluator.readiness(
                ofNamespace: name,
                workloads: known[name] ?? [],
                inbound: inbound[name] ?? []
            )
            let mode = ModeEntry(evaluator.resolver.namespaceSetting(for: name))
            return NamespaceEntry(name: name, mode: mode, readiness: verdict.description, blockers: verdict.blockers)
        }
        self.workloads = workloads.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }.map { workload in
            Self.entry(for: workload, evaluator: evaluator, inbound: inbound[workload.namespace] ?? [])
        }
        findings = kept.map {
            FindingEntry(finding: $0, kiali: $0.code.kialiEquivalent, istioctl: $0.code.istioctlEquivalent)
        }
        suppressedCount = all.count - kept.count
        failureThreshold = input.failureThreshold
        failed = kept.contains { $0.severity >= input.failureThreshold }
        notes = input.notes
    }

    /// One workload's mode and verdict; `inbound` is its namespace's traffic.
    private static func entry(
        for workload: PolicyWorkload,
        evaluator: StrictReadinessEvaluator,
        inbound: [InboundTraffic]
    ) -> WorkloadEntry {
        let effective = evaluator.resolver.effectiveMode(for: workload)
        let verdict = evaluator.readiness(
            of: workload,
            inbound: inbound.filter { $0.destinationWorkload == workload.name }
        )
        return WorkloadEntry(
            namespace: workload.namespace,
            name: workload.name,
            mode: ModeEntry(effective.workload),
            ports: effective.ports.mapValues(ModeEntry.init),
            selectorMatchIsGuess: effective.selectorMatchIsGuess,
            readiness: verdict.description,
            blockers: verdict.blockers
        )
    }
}

extension PolicyCheckReport.Input {
    /// The namespaces a check judges: those named by policies (except the root), workloads or traffic
    /// destinations, sorted.
    package var namespaces: [String] {
        var names = Set(policy.namespaces)
        names.remove(policy.rootNamespace)
        names.formUnion(workloads.map(\.namespace))
        names.formUnion(inbound.map(\.destinationNamespace))
        names.remove("unknown")
        return names.sorted()
    }
}
