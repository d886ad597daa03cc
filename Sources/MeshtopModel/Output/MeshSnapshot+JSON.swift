extension MeshSnapshot {
    /// The `meshtop report --format json` document (schema in the README, `## meshtop report JSON`);
    /// `policy` fills each namespace's and workload's `mode` and `readiness` (else they are `null`).
    package func json(pretty: Bool = true, policy: PolicyOverlay? = nil) -> String {
        var writer = JSONWriter(pretty: pretty)
        write(into: &writer, policy: policy)
        return writer.text
    }

    /// Streams ``json(pretty:policy:)`` to `sink` as UTF-8 pieces of about 64 KiB, so a large mesh never
    /// sits in memory whole; each piece is valid only during the call.
    package func writeJSON(
        pretty: Bool = true,
        policy: PolicyOverlay? = nil,
        to sink: @escaping (UnsafeRawBufferPointer) -> Void
    ) {
        var writer = JSONWriter(pretty: pretty, sink: sink)
        write(into: &writer, policy: policy)
        writer.flush()
    }

    private func write(into writer: inout JSONWriter, policy: PolicyOverlay?) {
        let measured = !handshakesUnavailable
        writer.object { json in
            json.integer("time", time)
            json.object("window") { window in
                window.integer("start", windowStart)
                window.integer("end", windowEnd)
                window.bool("increases", isWindow)
            }
            json.object("mesh") { mesh in
                Self.write(self.mesh, into: &mesh)
                mesh.number("handshake_failures", measured ? handshakes.failures : nil)
                Self.writeRates(meshRates, handshakeFailures: measured ? handshakeFailuresPerSecond : nil, into: &mesh)
            }
            json.array("namespaces") { array in
                for namespace in namespaces {
                    Self.write(namespace, policy: policy, handshakesMeasured: measured, into: &array)
                }
            }
            json.array("workloads") { array in
                for workload in workloads {
                    Self.write(workload, policy: policy, handshakesMeasured: measured, into: &array)
                }
            }
            json.array("edges") { array in
                for edge in edges { Self.write(edge, into: &array) }
            }
            json.array("certificates") { array in
                for certificate in certificates { Self.write(certificate, into: &array) }
            }
            json.array("alerts") { array in
                for alert in alerts { Self.write(alert, into: &array) }
            }
            json.array("sources") { array in
                for source in sources { Self.write(source, into: &array) }
            }
            json.strings("notes", notes)
        }
        writer.raw("\n")
    }

    /// `{"mutual_tls": n, "none": n, "unknown": n}`: `unknown` holds the destination's `unknown`
    /// (unverified) and traffic only the caller reported.
    static func write(_ counts: ClassCounts, _ key: String, into json: inout JSONWriter) {
        json.object(key) { object in
            object.number("mutual_tls", counts.mutualTLS)
            object.number("none", counts.plaintext)
            object.number("unknown", counts.unverified + counts.unknown)
        }
    }

    static func write(_ traffic: TrafficCounts, into json: inout JSONWriter) {
        write(traffic.requests, "requests", into: &json)
        write(traffic.tcpConnections, "tcp_connections", into: &json)
        write(traffic.tcpBytes, "tcp_bytes", into: &json)
    }

    /// `requests_per_second` and `tcp_connections_per_second` (class objects, `null` for a single scrape) and,
    /// unless `withFailures` is false, `handshake_failures_per_second` (`null` for a single scrape).
    static func writeRates(
        _ rates: TrafficCounts?,
        handshakeFailures: Double?,
        withFailures: Bool = true,
        into json: inout JSONWriter
    ) {
        if let rates {
            write(rates.requests, "requests_per_second", into: &json)
            write(rates.tcpConnections, "tcp_connections_per_second", into: &json)
        } else {
            json.string("requests_per_second", nil)
            json.string("tcp_connections_per_second", nil)
        }
        if withFailures { json.number("handshake_failures_per_second", handshakeFailures) }
    }

    /// One namespace; without `handshakesMeasured` its handshake figures are `null` (not measured).
    static func write(
        _ namespace: NamespaceSummary,
        policy: PolicyOverlay?,
        handshakesMeasured: Bool = true,
        into json: inout JSONWriter
    ) {
        json.object { object in
            object.string("name", namespace.name)
            write(namespace.traffic, into: &object)
            object.number("handshake_failures", handshakesMeasured ? namespace.handshakeFailures : nil)
            writeRates(
                namespace.rates,
                handshakeFailures: handshakesMeasured ? namespace.handshakeFailuresPerSecond : nil,
                into: &object
            )
            object.strings("plaintext_sources", namespace.plaintextSources)
            object.strings("unverified_sources", namespace.unverifiedSources)
            object.integer("earliest_cert_expiry", namespace.earliestCertificateExpiry)
            object.integer("workload_count", Int64(namespace.workloadCount))
            object.bool("ssl_stats_present", namespace.sslStatsPresent)
            PolicyOverlay.writeNamespace(namespace.name, of: policy, into: &object)
        }
    }

    /// One workload; without `handshakesMeasured` its handshake figures are `null` (not measured).
    static func write(
        _ workload: WorkloadSummary,
        policy: PolicyOverlay?,
        handshakesMeasured: Bool = true,
        into json: inout JSONWriter
    ) {
        json.object { object in
            object.string("namespace", workload.id.namespace)
            object.string("name", workload.id.name)
            write(workload.traffic, into: &object)
            let failures = workload.handshakeFailures
            if !handshakesMeasured {
                object.string("handshake_failures", nil)
            } else {
                object.object("handshake_failures") { handshakes in
                    handshakes.number("total", failures.total)
                    handshakes.object("by_reason") { reasons in
                        for reason in HandshakeFailureReason.allCases where reason.isFailure {
                            reasons.number(reason.statName, failures.combined[reason])
                        }
                    }
                    handshakes.number("handshakes", failures.combined.handshakes)
                    handshakes.number("no_certificate", failures.combined[.noCertificate])
                    handshakes.number("inbound", failures.inbound.failures)
                    handshakes.number("outbound", failures.outbound.failures)
                    handshakes.bool("stats_present", failures.statsPresent)
                }
            }
            writeRates(
                workload.rates,
                handshakeFailures: handshakesMeasured ? workload.handshakeFailuresPerSecond : nil,
                into: &object
            )
            object.bool("has_proxy", workload.hasProxy)
            object.strings("proxy_kinds", workload.proxyKinds.sorted().map(\.rawValue))
            object.strings("insecure_sources", workload.insecureSources)
            PolicyOverlay.writeWorkload(workload.id, of: policy, into: &object)
        }
    }

    static func write(_ edge: Edge, into json: inout JSONWriter) {
        json.object { object in
            object.string("source", edge.source.description)
            object.string("destination", edge.destination.description)
            write(edge.traffic.requests, "requests", into: &object)
            write(edge.traffic.tcpConnections, "tcp_connections", into: &object)
            object.string("source_principal", edge.sourcePrincipal)
            object.bool("source_unmeshed", edge.sourceIsUnmeshed)
            object.bool("destination_reported", !edge.isSourceReportedOnly)
            object.bool("destination_has_proxy", edge.destinationHasProxy)
            object.strings("proxy_kinds", edge.proxyKinds.sorted().map(\.rawValue))
            object.integer("first_seen", edge.firstSeen)
            object.integer("last_seen", edge.lastSeen)
            writeRates(edge.rates, handshakeFailures: nil, withFailures: false, into: &object)
        }
    }

    static func write(_ certificate: CertificateRecord, into json: inout JSONWriter) {
        json.object { object in
            object.string("namespace", certificate.namespace)
            object.string("workload", certificate.workload)
            object.string("kind", certificate.kind.rawValue)
            object.string("name", certificate.name)
            object.integer("not_after", certificate.notAfter)
            object.integer("seconds_left", certificate.secondsLeft)
            object.string("urgency", certificate.urgency.rawValue)
            object.string("source", certificate.source)
        }
    }

    static func write(_ alert: Alert, into json: inout JSONWriter) {
        json.object { object in
            object.string("code", alert.code.code)
            object.string("rule", alert.code.slug)
            object.string("severity", alert.severity.rawValue)
            object.string("namespace", alert.namespace)
            object.string("workload", alert.workload)
            object.string("summary", alert.summary)
            object.integer("first_seen", alert.firstSeen)
            object.integer("last_seen", alert.lastSeen)
            object.string("state", alert.state.rawValue)
            object.integer("resolved_at", alert.resolvedAt)
        }
    }

    static func write(_ source: SourceHealth, into json: inout JSONWriter) {
        json.object { object in
            object.string("name", source.name)
            object.integer("scrapes", Int64(source.scrapes))
            object.integer("last_scrape", source.lastScrape)
            object.integer("samples", Int64(source.samples))
            object.integer("samples_used", Int64(source.samplesUsed))
            object.integer("issues", Int64(source.issues))
            object.bool("ssl_stats_present", source.sslStatsPresent)
            object.string("telemetry", source.telemetry?.rawValue)
            object.strings("notes", source.notes)
            object.bool("stale", source.isStale)
        }
    }
}
