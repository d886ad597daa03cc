import MeshtopTelemetry

extension MeshSnapshot {
    /// The `meshtop report` text: a readable summary, every label value made terminal-safe.
    package func textReport() -> String {
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        let span =
            isWindow
            ? "increases from \(UnixTime.text(milliseconds: windowStart)) to \(UnixTime.text(milliseconds: windowEnd)) "
                + "(\(UnixTime.duration(seconds: (windowEnd - windowStart) / 1000)))"
            : "totals since proxy start, scraped \(UnixTime.text(milliseconds: windowEnd))"
        line("meshtop report: \(span)")
        line()
        line("Mesh (destination-reported)")
        line("  requests         \(Self.classText(mesh.requests))")
        line("  tcp connections  \(Self.classText(mesh.tcpConnections))")
        let unavailable = handshakesUnavailable ? "not available from Cloud Monitoring" : nil
        line("  handshakes       \(unavailable ?? Self.handshakeText(handshakes))")
        if !namespaces.isEmpty {
            line()
            line("Namespaces")
            for namespace in namespaces {
                line("  \(Self.safe(namespace.name))")
                line("    requests         \(Self.classText(namespace.traffic.requests))")
                line("    tcp connections  \(Self.classText(namespace.traffic.tcpConnections))")
                let ssl =
                    unavailable
                    ?? (namespace.sslStatsPresent ? Self.number(namespace.handshakeFailures) : "no ssl.* stats")
                line("    handshake failures \(ssl)")
                if !namespace.plaintextSources.isEmpty {
                    line("    plaintext from   \(namespace.plaintextSources.map(Self.safe).joined(separator: ", "))")
                }
                if let expiry = namespace.earliestCertificateExpiry {
                    line("    earliest cert    \(UnixTime.text(seconds: expiry))")
                }
            }
        }
        appendEdges(to: &out)
        appendCertificates(to: &out)
        appendAlerts(to: &out)
        if !notes.isEmpty {
            line()
            for note in notes { line("Note: \(note).") }
        }
        return out
    }

    private func appendEdges(to out: inout String) {
        let insecure = edges.filter { $0.hasPlaintext || $0.hasUnverified || !$0.destinationHasProxy }
        guard !insecure.isEmpty else { return }
        out += "\nEdges that are not mutual TLS\n"
        for edge in insecure {
            var notes: [String] = []
            if edge.sourceIsUnmeshed { notes.append("caller outside the mesh") }
            if !edge.destinationHasProxy { notes.append("destination has no proxy") }
            let note = notes.isEmpty ? "" : "  (\(notes.joined(separator: ", ")))"
            out += "  \(Self.safe(edge.source.description)) -> \(Self.safe(edge.destination.description)):"
            if !edge.traffic.requests.isZero { out += "  requests \(Self.compactClassText(edge.traffic.requests))" }
            if !edge.traffic.tcpConnections.isZero {
                out += "  tcp \(Self.compactClassText(edge.traffic.tcpConnections))"
            }
            out += "\(note)\n"
        }
    }

    private func appendCertificates(to out: inout String) {
        guard !certificates.isEmpty else { return }
        out += "\nCertificates\n"
        for record in certificates {
            let owner = record.workload.map { "\(record.namespace)/\($0)" } ?? record.namespace
            let when: String
            if let notAfter = record.notAfter {
                when = UnixTime.text(seconds: notAfter)
            } else if record.urgency == .invalid {
                when = "expiry is no date" + (record.evidence.map { " (\(NumberText.short($0.value)))" } ?? "")
            } else {
                when = "never issued"
            }
            let left = record.secondsLeft.map { " (\(UnixTime.duration(seconds: $0)) left)" } ?? ""
            out += "  \(record.urgency.rawValue.padding(10))\(record.kind.rawValue.padding(21))"
            out += "\(Self.safe(owner)) \(Self.safe(record.name)): \(when)\(left)\n"
        }
    }

    private func appendAlerts(to out: inout String) {
        out += "\nAlerts\n"
        guard !alerts.isEmpty else {
            out += "  none\n"
            return
        }
        for alert in alerts {
            out += "  \(alert.code.code) \(alert.severity.rawValue.padding(9))\(Self.safe(alert.summary))\n"
        }
    }

    /// `mTLS 90 · plaintext 4 · unverified 6 · unknown 0 (10% not mTLS)`.
    static func classText(_ counts: ClassCounts) -> String {
        var text = SecurityClass.allCases.map { "\($0.label) \(number(counts[$0]))" }.joined(separator: " · ")
        if let share = counts.insecureShare, share > 0 {
            text += " (\(NumberText.rounded(share * 100, digits: 1))% not mTLS)"
        }
        return text
    }

    /// Only the classes that counted something: `plaintext 4 · mTLS 60`.
    static func compactClassText(_ counts: ClassCounts) -> String {
        SecurityClass.allCases.filter { counts[$0] != 0 }.map { "\($0.label) \(number(counts[$0]))" }
            .joined(separator: " · ")
    }

    static func handshakeText(_ counts: HandshakeCounts) -> String {
        "\(number(counts.handshakes)) ok · \(number(counts.failures)) failed"
    }

    static func number(_ value: Double) -> String { NumberText.rounded(value) }

    /// `text` with control characters shown as `\u{…}`, so label values cannot steer a terminal.
    package static func safe(_ text: String) -> String {
        TerminalSafeText.escape(text)
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
