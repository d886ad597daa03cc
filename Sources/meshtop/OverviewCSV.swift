import MeshtopDashboard
import MeshtopModel

/// The overview table as CSV (RFC 4180): one row per namespace with its rates by security class.
enum OverviewCSV {
    /// The header and one line per namespace; figures are per second over the window (totals for one scrape).
    static func text(of model: DashboardModel) -> String {
        var lines = [
            "namespace,workloads,requests_mtls,requests_plaintext,requests_unknown,connections_mtls,"
                + "connections_plaintext,connections_unknown,plaintext_sources,handshake_failures"
        ]
        for namespace in model.namespaces {
            let requests = namespace.requests
            let connections = namespace.connections
            let fields = [
                field(namespace.name), "\(namespace.workloadCount)",
                number(requests.mutualTLS), number(requests.plaintext), number(requests.unverified + requests.unknown),
                number(connections.mutualTLS), number(connections.plaintext),
                number(connections.unverified + connections.unknown),
                "\(namespace.plaintextSources)", number(namespace.handshakeFailures),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func number(_ value: Double) -> String {
        value.isFinite ? format3(value) : ""
    }

    private static func format3(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : String(rounded)
    }

    /// A field quoted when it holds a comma, quote or line break, with quotes doubled; terminal controls are
    /// replaced as everywhere else.
    private static func field(_ text: String) -> String {
        let safe = Terminal.safe(text)
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
