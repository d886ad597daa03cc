/// A PEM bundle of certificate authorities given with `--cacert`, checked once at startup.
///
/// libcurl reads the file again for every HTTPS request, so a rotated bundle takes effect without a restart.
package enum CAFile {
    /// The help every command shows for `--cacert`.
    package static let help = """
        A PEM bundle of CAs to trust for HTTPS instead of the system's, e.g. Istio's root-cert.pem or \
        the CA behind a cluster's Prometheus.
        """

    /// Checks that `path` can be read and holds at least one PEM certificate.
    ///
    /// - Throws: ``SourceError/invalidArgument(_:)`` naming the file and what is wrong with it.
    package static func check(_ path: String) throws(SourceError) {
        let bytes: [UInt8]?
        do {
            bytes = try FileDescriptor.readAll(path: path)
        } catch {
            throw .invalidArgument("cannot read the CA file: \(error)")
        }
        guard let bytes else { throw .invalidArgument("cannot read the CA file \(path): it does not exist") }
        let marker = Array("-----BEGIN CERTIFICATE-----".utf8)
        guard bytes.indices.contains(where: { bytes[$0...].starts(with: marker) }) else {
            throw .invalidArgument("the CA file \(path) holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
        }
    }

    /// What is wrong with the `--cacert` a command was given, as the message it stops with; nil when the
    /// option was not given or the file is usable.
    package static func argumentProblem(_ path: String?) -> String? {
        guard let path else { return nil }
        do throws(SourceError) {
            try check(path)
            return nil
        } catch {
            return "--cacert: \(error)"
        }
    }
}
