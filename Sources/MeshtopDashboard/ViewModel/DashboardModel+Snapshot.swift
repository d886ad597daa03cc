import MeshtopModel
import MeshtopTelemetry

extension DashboardModel {
    /// The view model of a mesh snapshot: the one place that knows both the snapshot and the screens' types.
    ///
    /// Figures are per-second rates when the snapshot covers a window of scrapes, and counter totals
    /// when it is a single scrape (`isCumulative`), as a lone dump cannot give rates.
    ///
    /// Times are taken only within ``UnixMilliseconds/range`` (the model keeps them there): a certificate
    /// whose not-after lies outside is left out rather than trapping on the way to milliseconds.
    package init(snapshot: MeshSnapshot) {
        let time = UnixMilliseconds.clamped(snapshot.time)
        func secondsLeft(_ notAfterSeconds: Int64?) -> Int64? {
            notAfterSeconds.flatMap(UnixMilliseconds.fromSeconds).map { ($0 - time) / 1000 }
        }
        self.init(dataTime: time)
        isCumulative = snapshot.meshRates == nil
        unavailableNote = snapshot.notes.first
        let urgent = Self.mostUrgentCertificates(snapshot)
        namespaces = snapshot.namespaces.map { namespace in
            var figures = NamespaceFigures(namespace)
            figures.soonestCertificate = secondsLeft(namespace.earliestCertificateExpiry)
            if let certificate = urgent.byNamespace[namespace.name] {
                figures.soonestCertificate = certificate.secondsLeft(at: time)
                figures.soonestCertificateLimits = certificate.limits
            }
            return figures
        }
        workloads = snapshot.workloads.map { workload in
            var figures = WorkloadFigures(workload)
            figures.soonestCertificate = secondsLeft(workload.earliestCertificateExpiry)
            if let certificate = urgent.byWorkload[workload.id] {
                figures.soonestCertificate = certificate.secondsLeft(at: time)
                figures.soonestCertificateLimits = certificate.limits
            }
            return figures
        }
        edges = snapshot.edges.map(EdgeSummary.init)
        handshakeFailures = snapshot.workloads.flatMap { workload in
            let counts = workload.handshakeRates ?? workload.handshakeFailures.combined
            return HandshakeFailureReason.allCases.filter { $0.isFailure && counts[$0] > 0 }.map { reason in
                HandshakeFailureSummary(
                    workload: workload.id,
                    reason: reason.statName,
                    rate: counts[reason],
                    explanation: reason.explanation
                )
            }
        }
        certificates = Self.certificates(snapshot)
        alerts = snapshot.alerts.map(AlertSummary.init)
        evidence = snapshot.workloads.flatMap { workload in
            workload.evidence.map {
                EvidenceItem(
                    workload: workload.id,
                    figure: $0.metric,
                    series: $0.seriesText,
                    value: $0.value
                )
            }
        }
        sources = snapshot.sources.map { source in
            let problem =
                source.isStale
                ? "stale since \(Format.clock(milliseconds: source.lastScrape)) UTC"
                : source.issues > 0 ? "\(source.issues) parse issues" : nil
            var status = SourceStatus(name: source.name, error: problem)
            if source.scrapes > 0 {
                status.scrapes = source.scrapes
                status.samples = source.samples
                status.samplesUsed = source.samplesUsed
                status.issues = source.issues
            }
            status.lastScrape = source.lastScrape
            status.telemetry = source.telemetry?.rawValue
            return status
        }
    }
}

extension EdgeSummary {
    /// An edge classed by its worst traffic: any plaintext makes it plaintext, then unverified, then mTLS.
    init(_ edge: Edge) {
        let shown = edge.rates ?? edge.traffic
        let secured = shown.requests.mutualTLS + shown.tcpConnections.mutualTLS
        let securityClass: SecurityClass =
            edge.hasPlaintext ? .plaintext : edge.hasUnverified ? .unverified : secured > 0 ? .mutualTLS : .unknown
        self.init(
            source: edge.source,
            destination: edge.destination,
            securityClass: securityClass,
            requestRate: shown.requests.total,
            connectionRate: shown.tcpConnections.total,
            sourcePrincipal: edge.sourcePrincipal,
            destinationPrincipal: edge.destinationPrincipal
        )
    }
}

extension AlertSummary {
    /// The dashboard's form of a model alert: code and summary in one line.
    init(_ alert: Alert) {
        self.init(
            severity: alert.severity,
            since: alert.firstSeen,
            workload: alert.workload.map { WorkloadID(namespace: alert.namespace, name: $0) },
            namespace: alert.namespace,
            message: alert.code.code + " " + alert.summary,
            resolvedAt: alert.state == .resolved ? alert.resolvedAt ?? alert.lastSeen : nil,
            id: [alert.code.code, alert.namespace, alert.workload ?? "", alert.subject].joined(separator: "|"),
            advice: alert.code.advice,
            lastSeen: alert.lastSeen
        )
    }
}

extension DashboardModel {
    /// One summary per certificate: the same certificate (owner, kind, name and expiry) reported by several
    /// sources is one summary listing them, in the model's order.
    fileprivate static func certificates(_ snapshot: MeshSnapshot) -> [CertificateSummary] {
        struct Identity: Hashable {
            var namespace: String
            var workload: String?
            var kind: CertificateKind
            var name: String
            var expiresAt: Int64
        }
        var summaries: [CertificateSummary] = []
        var positions: [Identity: Int] = [:]
        for record in snapshot.certificates {
            guard let expiresAt = record.notAfter.flatMap(UnixMilliseconds.fromSeconds) else { continue }
            let identity = Identity(
                namespace: record.namespace,
                workload: record.workload,
                kind: record.kind,
                name: record.name,
                expiresAt: expiresAt
            )
            if let position = positions[identity] {
                if !summaries[position].sources.contains(record.source) {
                    summaries[position].sources.append(record.source)
                }
                continue
            }
            positions[identity] = summaries.count
            var summary = CertificateSummary(
                namespace: record.namespace,
                workload: record.workload,
                kind: record.kind.rawValue,
                expiresAt: expiresAt,
                limits: snapshot.thresholds.certificateLimits(of: record.kind),
                name: record.name.isEmpty ? nil : record.name
            )
            summary.sources = [record.source]
            summaries.append(summary)
        }
        return summaries
    }

    /// Per namespace and per workload, the certificate to show first: the most urgent, then the soonest.
    fileprivate static func mostUrgentCertificates(
        _ snapshot: MeshSnapshot
    ) -> (byNamespace: [String: CertificateSummary], byWorkload: [WorkloadID: CertificateSummary]) {
        var byNamespace: [String: CertificateSummary] = [:]
        var byWorkload: [WorkloadID: CertificateSummary] = [:]
        let now = UnixMilliseconds.clamped(snapshot.time)
        for record in snapshot.certificates {
            guard let expiresAt = record.notAfter.flatMap(UnixMilliseconds.fromSeconds) else { continue }
            let certificate = CertificateSummary(
                namespace: record.namespace,
                workload: record.workload,
                kind: record.kind.rawValue,
                expiresAt: expiresAt,
                limits: snapshot.thresholds.certificateLimits(of: record.kind)
            )
            if certificate.isShown(before: byNamespace[record.namespace], at: now) {
                byNamespace[record.namespace] = certificate
            }
            if let name = record.workload {
                let id = WorkloadID(namespace: record.namespace, name: name)
                if certificate.isShown(before: byWorkload[id], at: now) { byWorkload[id] = certificate }
            }
        }
        return (byNamespace, byWorkload)
    }
}
