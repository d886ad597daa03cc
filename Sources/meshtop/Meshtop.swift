import ArgumentParser
import Foundation

/// The `meshtop` command: a terminal dashboard for the mTLS security of a service mesh.
@main
struct Meshtop: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meshtop",
        abstract: "A terminal dashboard for the mTLS security of a service mesh (Istio, Linkerd, Envoy).",
        usage: """
            meshtop [SOURCE…] [--interval <interval>] [<options>]
            meshtop <subcommand>
            """,
        discussion: """
            Examples:
              meshtop                              the bundled sample mesh
              meshtop -i 5s http://POD:15020/stats/prometheus    a live sidecar
              meshtop inspect DUMP                 what a dump holds, what is wrong
              meshtop report --format json DUMP…   the mesh security model as JSON
              meshtop plan --policies P.yaml REC.mtrec.gz    the STRICT migration plan

            meshtop reads Prometheus text, OpenMetrics and Envoy admin /stats telemetry from files or HTTP, \
            and shows who talks mTLS, who still talks plaintext, which TLS handshakes fail and which \
            certificates run out. With SOURCEs and no subcommand it opens the dashboard (meshtop dashboard).
            """,
        version: "0.1.0",
        subcommands: [
            DashboardCommand.self,
            InspectCommand.self,
            ReportCommand.self,
            RecordCommand.self,
            CheckCommand.self,
            PlanCommand.self,
            ReplayCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Parses and runs the command as ArgumentParser does, but shows every error through the terminal-safe
    /// rule: an argument error quotes what was typed, and that must not reach the terminal as escape bytes.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                // Line by line, so the usage text keeps its line breaks while a typed one is shown escaped.
                printError(
                    message.split(separator: "\n", omittingEmptySubsequences: false).map(Terminal.safe).joined(
                        separator: "\n"
                    )
                )
            }
            Foundation.exit(code.rawValue)
        }
    }
}
