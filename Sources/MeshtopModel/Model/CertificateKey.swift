/// What tells two certificate records apart, as interned ids (see ``SnapshotBuilder/finishedCertificates()``).
struct CertificateKey: Hashable {
    var namespace: Int32
    /// `-2` for a record of no workload.
    var workload: Int32
    var kind: CertificateKind
    var name: Int32
    var source: Int32
}
