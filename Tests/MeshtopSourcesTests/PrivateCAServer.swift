import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTPS server on 127.0.0.1 whose certificate is signed by a private CA made for the test.
///
/// `openssl` makes two CAs (the one that signs the server, and an unrelated one) and a server certificate
/// for `127.0.0.1` and `localhost`; python's `http.server` serves it. Every path answers ``body``, except
/// `/auth`, which answers 401 unless `Authorization: Bearer <token>` arrives, and `/redirect?to=URL`, a 302
/// to URL; a POST is answered with its own body and `Content-Type`.
final class PrivateCAServer {
    static let body =
        "# TYPE istio_requests_total counter\nistio_requests_total{connection_security_policy=\"mutual_tls\"} 7\n"
    static let token = "tls-s3cret-token"

    /// The tools the server needs, if this machine has them.
    static let tools: (openssl: String, python: String)? = {
        guard let openssl = executable("openssl"), let python = executable("python3") else { return nil }
        return (openssl, python)
    }()

    let directory: TemporaryDirectory
    /// The CA that signed the server's certificate.
    let caFile: String
    /// A CA that signed nothing the server shows.
    let otherCAFile: String
    let port: Int
    private let process: SpawnedProcess

    init() throws {
        let tools = try #require(Self.tools, "needs openssl and python3")
        directory = try TemporaryDirectory()
        caFile = directory.path("ca.pem")
        otherCAFile = directory.path("other-ca.pem")
        try Self.makeCertificates(in: directory, openssl: tools.openssl)
        let script = directory.path("serve.py")
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        let portFile = directory.path("port")
        process = try SpawnedProcess(
            tools.python,
            [script, directory.path("server.pem"), directory.path("server.key"), Self.body, Self.token],
            outputPath: portFile
        )
        port = try Self.waitForPort(in: portFile)
    }

    deinit {
        kill(process.pid, SIGTERM)
        _ = process.wait()
    }

    func url(_ path: String, host: String = "127.0.0.1") -> String { "https://\(host):\(port)\(path)" }

    private static func makeCertificates(in directory: TemporaryDirectory, openssl: String) throws {
        let path = directory.path
        try "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
            .write(toFile: path("server.ext"), atomically: true, encoding: .utf8)
        let key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        for name in ["ca", "other-ca"] {
            try run(
                openssl,
                ["req", "-x509"] + key + ["-keyout", path("\(name).key"), "-out", path("\(name).pem")]
                    + ["-days", "2", "-subj", "/CN=meshtop test \(name)"]
            )
        }
        try run(
            openssl,
            ["req"] + key + ["-keyout", path("server.key"), "-out", path("server.csr"), "-subj", "/CN=localhost"]
        )
        try run(
            openssl,
            ["x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key")]
                + ["-set_serial", "1", "-days", "2", "-extfile", path("server.ext"), "-out", path("server.pem")]
        )
    }

    /// Runs one `openssl` step; its chatter is shown only when the step fails.
    private static func run(_ executable: String, _ arguments: [String]) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-openssl-\(UUID().uuidString)")
            .path
        defer { unlink(log) }
        let status = try SpawnedProcess(executable, arguments, errorPath: log).wait()
        let chatter = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        try #require(status == 0, "\(executable) \(arguments.joined(separator: " ")) failed: \(chatter)")
    }

    /// Waits until the server wrote the port it listens on.
    private static func waitForPort(in file: String) throws -> Int {
        for _ in 0..<1_000 {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), text.hasSuffix("\n"),
                let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return port
            }
            usleep(10_000)
        }
        throw POSIXError(.ETIMEDOUT)
    }

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = ["/usr/bin/\(name)"] + path.split(separator: ":").map { "\($0)/\(name)" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static let script = """
        import http.server, ssl, sys, urllib.parse
        certificate, key, body, token = sys.argv[1], sys.argv[2], sys.argv[3].encode(), sys.argv[4]

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path.startswith("/redirect?to="):
                    self.send_response(302)
                    self.send_header("Location", urllib.parse.unquote(self.path[len("/redirect?to="):]))
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                authorized = self.headers.get("Authorization") == "Bearer " + token
                status = 401 if self.path == "/auth" and not authorized else 200
                self.send_response(status)
                self.send_header("Content-Type", "text/plain; version=0.0.4")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                received = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                self.send_response(200)
                self.send_header("Content-Type", self.headers.get("Content-Type", "none"))
                self.send_header("Content-Length", str(len(received)))
                self.end_headers()
                self.wfile.write(received)

            def log_message(self, *arguments):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """
}
