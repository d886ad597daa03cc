import Foundation
import MeshtopSources
import MeshtopTelemetry
import Testing

/// HTTPS sources behind a private CA: untrusted without `--cacert`, trusted with the right one only.
@Suite(.enabled(if: PrivateCAServer.tools != nil, "needs the openssl and python3 commands"))
struct HTTPSCustomCATests {
    private func fetch(_ url: String, options: SourceOptions) async throws -> Result<FetchOutcome, FetchError> {
        let source = try HTTPSource(name: "tls", url: url, options: options)
        do {
            return .success(try await source.fetch())
        } catch {
            return .failure(error)
        }
    }

    @Test func withoutTheCAFileTheServerCertificateIsNotTrusted() async throws {
        let server = try PrivateCAServer()
        let result = try await fetch(server.url("/metrics"), options: SourceOptions(timeout: .seconds(20)))
        guard case .failure(.tlsFailure(let reason)) = result else {
            Issue.record("expected a TLS failure, got \(result)")
            return
        }
        #expect(reason.contains("not trusted"))
        #expect(FetchError.tlsFailure(reason).description.contains("--cacert"))
    }

    @Test(arguments: ["127.0.0.1", "localhost"])
    func withTheCAFileTheFrameHoldsExactlyWhatTheServerServed(host: String) async throws {
        let server = try PrivateCAServer()
        let options = SourceOptions(timeout: .seconds(20), caFile: server.caFile)
        let result = try await fetch(server.url("/stats/prometheus", host: host), options: options)
        guard case .success(.frame(let frame)) = result else {
            Issue.record("expected a frame, got \(result)")
            return
        }
        #expect(frame.bytes == Array(PrivateCAServer.body.utf8))
        #expect(frame.format == .prometheusText)
    }

    @Test func aCAThatDidNotSignTheServerIsRejected() async throws {
        let server = try PrivateCAServer()
        let options = SourceOptions(timeout: .seconds(20), caFile: server.otherCAFile)
        let result = try await fetch(server.url("/metrics"), options: options)
        guard case .failure(.tlsFailure(let reason)) = result else {
            Issue.record("expected a TLS failure, got \(result)")
            return
        }
        #expect(reason.contains("not trusted"))
    }

    @Test func aMissingCAFileIsAFileErrorAtFetchAndAtStartup() async throws {
        let server = try PrivateCAServer()
        let missing = server.directory.path("missing.pem")
        let result = try await fetch(
            server.url("/metrics"),
            options: SourceOptions(timeout: .seconds(20), caFile: missing)
        )
        #expect(result == .failure(.file("cannot read the CA file")))
        #expect(throws: SourceError.invalidArgument("cannot read the CA file \(missing): it does not exist")) {
            try CAFile.check(missing)
        }
        #expect(throws: SourceError.self) { try CAFile.check(server.directory.path("serve.py")) }
        try CAFile.check(server.caFile)
    }

    @Test func theBearerTokenReachesTheServerButNoError() async throws {
        let server = try PrivateCAServer()
        let tokenFile = server.directory.path("token")
        try "\(PrivateCAServer.token)\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        let trusted = SourceOptions(timeout: .seconds(20), bearerTokenFile: tokenFile, caFile: server.caFile)
        let accepted = try await fetch(server.url("/auth"), options: trusted)
        guard case .success(.frame) = accepted else {
            Issue.record("expected the server to accept the token, got \(accepted)")
            return
        }
        let anonymous = try await fetch(server.url("/auth"), options: SourceOptions(caFile: server.caFile))
        #expect(anonymous == .failure(.httpStatus(401)))
        for caFile in [nil, server.otherCAFile, server.directory.path("missing.pem")] {
            let options = SourceOptions(timeout: .seconds(20), bearerTokenFile: tokenFile, caFile: caFile)
            let refused = try await fetch(server.url("/auth"), options: options)
            guard case .failure(let error) = refused else {
                Issue.record("expected an error with CA file \(caFile ?? "none"), got \(refused)")
                continue
            }
            #expect(!error.description.contains(PrivateCAServer.token))
        }
    }

    @Test func prometheusFederationTrustsTheConfiguredCA() async throws {
        let server = try PrivateCAServer()
        let untrusted = try PrometheusQueryClient(base: server.url("/"))
        await #expect(throws: PrometheusAPIError.self) { _ = try await untrusted.federate() }
        let trusted = try PrometheusQueryClient(
            base: server.url("/"),
            connection: PrometheusConnection(caFile: server.caFile)
        )
        #expect(try await trusted.federate() == Array(PrivateCAServer.body.utf8))
    }

    @Test func aPostSendsItsBodyAndHeadersWhole() async throws {
        let server = try PrivateCAServer()
        let form = Array("query=\(String(repeating: "sum(istio_requests_total)+", count: 200))1".utf8)
        let request = HTTPRequest(
            url: server.url("/api/v1/query"),
            headers: [(name: "Content-Type", value: "application/x-www-form-urlencoded")],
            body: form,
            timeout: .seconds(20),
            maximumResponseBytes: 1 << 20,
            caFile: server.caFile
        )
        guard case .success(let response) = await HTTPClient.perform(request) else {
            Issue.record("expected the server to echo the POST")
            return
        }
        #expect(response.body == form)
        #expect(response.contentType == "application/x-www-form-urlencoded")
    }
}
