import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A loopback HTTP/1.1 server that plays the sidecars of a ``FakeMesh``: `GET /pods/NS/POD/stats/prometheus`
/// answers that pod's Istio telemetry, and each answer advances the pod's counters by one tick.
///
/// ``freeze()`` stops the counters so a test knows exactly what every pod shows until ``resume()``.
final class FakeSidecarServer: Sendable {
    private struct State {
        var ticks: [String: Int] = [:]
        var advancing = true
        /// Each pod's tick when plaintext stopped: its plaintext counters stay at that tick's values.
        var plaintextStops: [String: Int]?
        var stopped = false
        var requests = 0
    }

    let mesh: FakeMesh
    let port: UInt16
    private let listener: Int32
    private let state = Mutex(State())
    private let finished = Mutex(false)

    /// Starts serving on a free loopback port.
    init(mesh: FakeMesh) throws {
        self.mesh = mesh
        (listener, port) = try LoopbackSocket.listen()
        let thread = Thread { [self] in serve() }
        thread.name = "fake-sidecars"
        thread.start()
    }

    /// The Prometheus scrape targets, one per pod.
    var targets: [PrometheusServer.Target] {
        mesh.pods.map {
            PrometheusServer.Target(namespace: $0.namespace, pod: $0.name, address: "127.0.0.1:\(port)", path: $0.path)
        }
    }

    /// Stops the counters and returns every pod's tick, which it shows until ``resume()``.
    @discardableResult
    func freeze() -> [String: Int] {
        state.withLock {
            $0.advancing = false
            return $0.ticks
        }
    }

    /// Stops every plaintext counter (`connection_security_policy="none"`) at its current value, as when
    /// the last plaintext caller moves to mutual TLS; every other counter keeps advancing.
    func stopPlaintext() { state.withLock { $0.plaintextStops = $0.ticks } }

    /// Lets the counters advance again on every scrape.
    func resume() { state.withLock { $0.advancing = true } }

    /// The ticks of every pod right now.
    var ticks: [String: Int] { state.withLock { $0.ticks } }

    /// How many requests were answered.
    var requestCount: Int { state.withLock { $0.requests } }

    /// Stops serving and waits for the accept loop to end.
    func stop() {
        state.withLock { $0.stopped = true }
        let deadline = Date().addingTimeInterval(2)
        while !finished.withLock({ $0 }), Date() < deadline { usleep(10_000) }
        close(listener)
    }

    private func serve() {
        while !state.withLock({ $0.stopped }) {
            guard LoopbackSocket.waitReadable(listener, milliseconds: 50) else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            answer(connection)
            close(connection)
        }
        finished.withLock { $0 = true }
    }

    private func answer(_ connection: Int32) {
        guard let head = LoopbackSocket.readRequestHead(connection) else { return }
        let requestLine = head.prefix { $0 != "\r" }.split(separator: " ")
        guard requestLine.count >= 2, requestLine[0] == "GET",
            let pod = mesh.pods.first(where: { $0.path == requestLine[1] })
        else {
            respond(connection, status: "404 Not Found", body: Array("not found\n".utf8))
            return
        }
        let (tick, plaintextTick) = state.withLock { state -> (Int, Int?) in
            let tick = state.ticks[pod.name, default: 0]
            if state.advancing { state.ticks[pod.name] = tick + 1 }
            state.requests += 1
            return (tick, state.plaintextStops.map { $0[pod.name, default: 0] })
        }
        let body = pod.exposition(at: tick, plaintextAt: plaintextTick ?? tick)
        respond(connection, status: "200 OK", body: Array(body.utf8))
    }

    private func respond(_ connection: Int32, status: String, body: [UInt8]) {
        let head =
            "HTTP/1.1 \(status)\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        LoopbackSocket.writeAll(connection, Array(head.utf8) + body)
    }
}
