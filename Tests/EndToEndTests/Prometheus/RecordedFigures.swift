import Foundation
import Testing

/// The figures of a `--format json` moment that a recording of a server and the server itself must agree
/// on: counts over the window, certificates, and which alerts fire. Left out: rates (a recording divides by
/// the span between its first and last frame in the window, the server by the window), times (a
/// certificate's `not_after` is its frame's time plus the seconds left), sources, and resolved alerts (the
/// server's history reaches back before the recording began).
struct RecordedFigures: Equatable, CustomStringConvertible {
    var namespaces: NSArray
    var workloads: NSArray
    var edges: NSArray
    var certificates: NSArray
    var alerts: Set<String>

    private static let counts: Set<String> = [
        "name", "namespace", "source", "destination", "requests", "tcp_connections", "tcp_bytes", "handshakes",
        "handshake_failures", "plaintext_sources", "insecure_sources", "unverified_sources", "source_principal",
        "destination_reported",
    ]

    private static let certificateFields: Set<String> = [
        "namespace", "workload", "name", "kind", "source", "seconds_left", "urgency",
    ]

    init(_ output: String) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        func kept(_ key: String, _ fields: Set<String>?) throws -> NSArray {
            let entries = try #require(object[key] as? [[String: Any]], "\(key) in \(output)")
            return entries.map { entry in fields.map { names in entry.filter { names.contains($0.key) } } ?? entry }
                as NSArray
        }
        namespaces = try kept("namespaces", Self.counts)
        workloads = try kept("workloads", Self.counts)
        edges = try kept("edges", Self.counts)
        certificates = try kept("certificates", Self.certificateFields)
        let alertList = try #require(object["alerts"] as? [[String: Any]])
        alerts = Set(
            alertList.filter { $0["state"] as? String == "firing" }.map { alert in
                ["code", "namespace", "workload", "state"].map { "\(alert[$0] ?? "-")" }.joined(separator: " ")
            }
        )
    }

    var description: String {
        "namespaces \(namespaces)\nworkloads \(workloads)\nedges \(edges)\ncertificates \(certificates)\nalerts \(alerts)"
    }
}
