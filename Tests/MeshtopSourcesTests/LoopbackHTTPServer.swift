import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for source tests: one thread per connection, canned routes.
///
/// Routes: `/ok` (200, ``okBody``), `/slow` (waits 3 s), `/fail` (503), `/huge` (50 MB), `/garbage-body`
/// (200 with binary junk), `/not-http` (junk instead of a status line), `/auth` (200 only with
/// `Authorization: Bearer <expectedToken>`, else 401), `/headers` (200 with the request's header lines as
/// its body), `/redirect?to=URL` (302 to URL, percent-decoded).
final class LoopbackHTTPServer: Sendable {
    static let okBody = "# TYPE up gauge\nup{job=\"mesh\"} 1\n"
    static let hugeSize = 50 << 20
    static let garbage: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }

    let port: UInt16
    let expectedToken: String
    private let listener: Int32

    init(expectedToken: String = "s3cret-token-value") throws {
        self.expectedToken = expectedToken
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(listener, socketAddress, length) == 0 && listen(listener, 64) == 0
                    && getsockname(listener, socketAddress, &length) == 0
            }
        }
        guard listener >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        port = UInt16(bigEndian: address.sin_port)
        let token = expectedToken
        Thread.detachNewThread {
            while true {
                let connection = accept(listener, nil, nil)
                if connection < 0 { return }
                Thread.detachNewThread { Self.serve(connection, expectedToken: token) }
            }
        }
    }

    /// Stops accepting connections; handlers already running finish on their own.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// A URL of this server's `/redirect` that answers with a redirect to `target`.
    func redirect(to target: String) -> String {
        url("/redirect?to=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
    }

    private static func serve(_ connection: Int32, expectedToken: String) {
        defer { close(connection) }
        guard let request = readRequest(connection) else { return }
        let path = request.first.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        if path.hasPrefix("/redirect?to=") {
            let target = String(path.dropFirst("/redirect?to=".count)).removingPercentEncoding ?? "/"
            let head = "HTTP/1.1 302 Found\r\nLocation: \(target)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            return send(connection, Array(head.utf8))
        }
        switch path {
        case "/headers":
            respond(connection, status: "200 OK", body: Array(request.headers.joined(separator: "\n").utf8))
        case "/ok":
            respond(connection, status: "200 OK", body: Array(okBody.utf8), type: "text/plain; version=0.0.4")
        case "/slow":
            Thread.sleep(forTimeInterval: 3)
            respond(connection, status: "200 OK", body: Array(okBody.utf8))
        case "/fail":
            respond(connection, status: "503 Service Unavailable", body: Array("overloaded\n".utf8))
        case "/huge":
            respond(connection, status: "200 OK", body: hugeBody())
        case "/garbage-body":
            respond(connection, status: "200 OK", body: garbage)
        case "/not-http":
            send(connection, garbage)
        case "/auth":
            let authorized = request.headers.contains {
                $0.lowercased() == "authorization: bearer \(expectedToken)".lowercased()
            }
            respond(connection, status: authorized ? "200 OK" : "401 Unauthorized", body: Array(okBody.utf8))
        default:
            respond(connection, status: "404 Not Found", body: [])
        }
    }

    private static func hugeBody() -> [UInt8] {
        let line = Array("envoy_cluster_upstream_cx_total{cluster_name=\"outbound|80||x\"} 123456789\n".utf8)
        var body = [UInt8](repeating: 0, count: hugeSize)
        body.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < hugeSize {
                let count = min(line.count, hugeSize - offset)
                line.withUnsafeBytes {
                    buffer.baseAddress!.advanced(by: offset).copyMemory(from: $0.baseAddress!, byteCount: count)
                }
                offset += count
            }
        }
        return body
    }

    private static func readRequest(_ connection: Int32) -> (first: String, headers: [String])? {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !received.suffix(4).elementsEqual(Array("\r\n\r\n".utf8)) {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return nil }
            received += chunk[..<count]
        }
        let lines = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        return (lines[0], Array(lines.dropFirst()))
    }

    private static func respond(_ connection: Int32, status: String, body: [UInt8], type: String = "text/plain") {
        let head =
            "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        send(connection, Array(head.utf8) + body)
    }

    private static func send(_ connection: Int32, _ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { return }
            sent += count
        }
    }
}
