import MeshtopTelemetry

extension SnapshotBuilder {
    /// Envoy's "no certificate loaded" values of `days_until_first_cert_expiring`.
    static let noCertificateDays: Set<Double> = [2_147_483_647, 4_294_967_295]

    /// Adds a certificate gauge as a record with an absolute not-after time; a value that gives no time in
    /// ``UnixMilliseconds/range`` makes a record whose expiry is ``CertificateUrgency/invalid``.
    mutating func addCertificate(_ series: Int, _ descriptor: SeriesDescriptor, _ state: SeriesState) {
        let value = state.lastValue
        guard value.isFinite else { return }
        let scrapeSeconds = Double(state.lastSeen / 1000)
        let notAfterSeconds: Double?
        switch descriptor.expiryValue {
        case .absolute:
            notAfterSeconds = value > 0 || descriptor.certificateKind != .certManager ? value : nil
        case .secondsLeft:
            notAfterSeconds = scrapeSeconds + value.rounded()
        case .daysLeft:
            guard !Self.noCertificateDays.contains(value), value >= 0 else { return }
            // Whole days left: the truth lies within the next day, so take its middle.
            notAfterSeconds = scrapeSeconds + value.rounded(.down) * 86400 + 43200
        }
        let notAfter = notAfterSeconds.flatMap(UnixMilliseconds.wholeSeconds)
        let secondsLeft = notAfter.map { $0 - time / 1000 }
        let urgency: CertificateUrgency
        if let secondsLeft {
            urgency = thresholds.urgency(of: descriptor.certificateKind, secondsLeft: secondsLeft)
        } else {
            urgency = notAfterSeconds == nil ? .notIssued : .invalid
        }
        let (namespace, workload) = owner(of: descriptor)
        certificateKeys.append(certificateKey(descriptor, namespace: namespace, workload: workload))
        certificates.append(
            CertificateRecord(
                namespace: namespace,
                workload: workload,
                kind: descriptor.certificateKind,
                name: string(descriptor.certificateName),
                notAfter: notAfter,
                secondsLeft: secondsLeft,
                urgency: urgency,
                source: catalog.sourceNames[Int(descriptor.source)],
                evidence: evidence(series, descriptor, value: value)
            )
        )
    }

    /// The namespace and workload a certificate belongs to.
    private func owner(of descriptor: SeriesDescriptor) -> (String, String?) {
        let own = identity(descriptor)
        let namespaceID = descriptor.namespace >= 0 ? descriptor.namespace : own.namespace
        var namespace = string(namespaceID)
        let isCA = descriptor.certificateKind == .istioRoot || descriptor.certificateKind == .istioChain
        if isCA, namespace == WorkloadID.unknownValue { namespace = "istio-system" }
        switch descriptor.workload {
        case -2: return (namespace, nil)
        case -1: return (namespace, string(own.workload))
        default: return (namespace, string(descriptor.workload))
        }
    }

    /// The interned key of a certificate record: equal exactly when the records' owner, kind, name and
    /// source strings are (interned ids are equal exactly when their strings are; source names are unique).
    private func certificateKey(_ descriptor: SeriesDescriptor, namespace: String, workload: String?)
        -> CertificateKey
    {
        let own = identity(descriptor)
        let namespaceID = descriptor.namespace >= 0 ? descriptor.namespace : own.namespace
        // A CA of no namespace is listed under `istio-system`: key it as that string's id, or as a string
        // no id names when it was never interned.
        let keyedNamespace = strings[Int(namespaceID)] == namespace ? namespaceID : istioSystemID ?? -3
        let workloadID: Int32 =
            switch descriptor.workload {
            case -2: -2
            case -1: own.workload
            default: descriptor.workload
            }
        return CertificateKey(
            namespace: keyedNamespace,
            workload: workload == nil ? -2 : workloadID,
            kind: descriptor.certificateKind,
            name: descriptor.certificateName,
            source: descriptor.source
        )
    }

    /// The certificates, one per owner, kind and name (an absolute `_timestamp` gauge wins over a seconds-left one),
    /// never-issued first, then soonest expiry first.
    ///
    /// Records are told apart by interned keys and moved by position: hashing five strings per record and
    /// copying every record through a dictionary and two arrays was most of the certificates' time.
    ///
    /// Returns the records with each one's key, which finds its workload without hashing its strings.
    func finishedCertificates() -> (records: [CertificateRecord], keys: [CertificateKey]) {
        var positions: [CertificateKey: Int] = [:]
        positions.reserveCapacity(certificates.count)
        var kept: [Int] = []
        kept.reserveCapacity(certificates.count)
        for index in certificates.indices {
            let key = certificateKeys[index]
            if let at = positions[key] {
                if certificates[kept[at]].evidence?.metric.hasSuffix("_timestamp") == true { continue }
                kept[at] = index
            } else {
                positions[key] = kept.count
                kept.append(index)
            }
        }
        // The order is total (no two kept records share all the compared fields), so it is the same however
        // the records were found.
        let records = certificates
        kept.sort { Self.expiresFirst(records[$0], records[$1]) }
        return (kept.map { records[$0] }, kept.map { certificateKeys[$0] })
    }

    /// Never-issued first, then soonest expiry, then owner, kind, name and source; fields are compared only
    /// as far as needed.
    private static func expiresFirst(_ lhs: CertificateRecord, _ rhs: CertificateRecord) -> Bool {
        let left = lhs.notAfter ?? .min
        let right = rhs.notAfter ?? .min
        if left != right { return left < right }
        if lhs.namespace != rhs.namespace { return lhs.namespace < rhs.namespace }
        let leftWorkload = lhs.workload ?? ""
        let rightWorkload = rhs.workload ?? ""
        if leftWorkload != rightWorkload { return leftWorkload < rightWorkload }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.name != rhs.name { return lhs.name < rhs.name }
        return lhs.source < rhs.source
    }
}
