import MeshtopTelemetry

extension AlertRules {
    /// CERT001, CERT002, CERT003 and CERT004: certificates expiring, expired, never issued or reporting an
    /// expiry that is no time.
    func certificateAlerts() -> [Alert] {
        // By position: most records are fine, and a copy of each retained its strings and evidence.
        let certificates = snapshot.certificates
        return certificates.indices.compactMap { index -> Alert? in
            guard certificates[index].urgency != .ok else { return nil }
            let record = certificates[index]
            let owner = record.workload.map { "\(record.namespace)/\($0)" } ?? record.namespace
            let what = "The \(record.kind.label) \(record.name) of \(owner)"
            switch record.urgency {
            case .ok:
                return nil
            case .notIssued:
                return alert(record, .certificateNotIssued, .warning, "\(what) has never been issued.", since: nil)
            case .invalid:
                let value = record.evidence.map { " (\(Self.number($0.value)))" } ?? ""
                let summary = "\(what) reports an expiry that is no date\(value): it cannot be judged."
                return alert(record, .certificateExpiryInvalid, .warning, summary, since: nil)
            case .expired:
                let notAfter = record.notAfter ?? 0
                let summary = "\(what) expired at \(UnixTime.text(seconds: notAfter))."
                return alert(
                    record,
                    .certificateExpired,
                    .critical,
                    summary,
                    since: UnixMilliseconds.fromSeconds(notAfter)
                )
            case .warning, .critical:
                let notAfter = record.notAfter ?? 0
                let left = UnixTime.duration(seconds: record.secondsLeft ?? 0)
                let summary = "\(what) expires in \(left), at \(UnixTime.text(seconds: notAfter))."
                let warning =
                    record.kind.isShortLived
                    ? snapshot.thresholds.shortLivedWarningSeconds : snapshot.thresholds.longLivedWarningSeconds
                let severity: AlertSeverity = record.urgency == .critical ? .critical : .warning
                return alert(
                    record,
                    .certificateExpiring,
                    severity,
                    summary,
                    since: UnixMilliseconds.fromSeconds(notAfter - warning)
                )
            }
        }
    }

    private func alert(
        _ record: CertificateRecord,
        _ code: AlertCode,
        _ severity: AlertSeverity,
        _ summary: String,
        since: Int64?
    ) -> Alert {
        Alert(
            code: code,
            severity: severity,
            namespace: record.namespace,
            workload: record.workload,
            subject: "\(record.kind.rawValue):\(record.name)",
            summary: summary,
            firstSeen: max(since ?? snapshot.windowStart, snapshot.windowStart),
            lastSeen: snapshot.time
        )
    }

    /// `a`, `a and b`, `a, b and 3 more`.
    static func list(_ items: [String]) -> String {
        let unique = Array(Set(items)).sorted()
        switch unique.count {
        case 0: return "nobody"
        case 1: return unique[0]
        case 2, 3: return unique.dropLast().joined(separator: ", ") + " and " + (unique.last ?? "")
        default: return unique.prefix(3).joined(separator: ", ") + " and \(unique.count - 3) more"
        }
    }

    /// `12 plaintext requests and 3 plaintext TCP connections`.
    static func amounts(requests: Double, connections: Double, adjective: String) -> String {
        var parts: [String] = []
        if requests > 0 { parts.append("\(number(requests)) \(adjective) request\(requests == 1 ? "" : "s")") }
        if connections > 0 {
            parts.append("\(number(connections)) \(adjective) TCP connection\(connections == 1 ? "" : "s")")
        }
        return parts.joined(separator: " and ")
    }

    /// A figure without a needless fraction (`12`, `0.25`).
    static func number(_ value: Double) -> String { NumberText.short(value) }
}
