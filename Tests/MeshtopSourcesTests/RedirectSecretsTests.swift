import Foundation
import MeshtopSources
import Testing

/// Custom headers and tokens stay with the origin they were given for; https never falls back to http; a
/// line break in a header value or token file is refused, naming the option or file but never the value.
@Suite struct RedirectSecretsTests {
    static let secretHeaders = [
        (name: "Accept", value: "text/plain"),
        (name: "X-Scope-OrgID", value: "tenant-secret"),
        (name: "Authorization", value: "Bearer redirect-secret-token"),
    ]

    static func body(_ result: Result<HTTPResponse, HTTPFailure>) -> String? {
        guard case .success(let response) = result, response.status == 200 else { return nil }
        return String(decoding: response.body, as: UTF8.self)
    }

    @Test func aRedirectToAnotherOriginCarriesNoCustomHeaderOrToken() async throws {
        let first = try LoopbackHTTPServer()
        let other = try LoopbackHTTPServer()
        defer {
            first.stop()
            other.stop()
        }
        let request = HTTPRequest(
            url: first.redirect(to: other.url("/headers")),
            headers: Self.secretHeaders,
            timeout: .seconds(20),
            maximumResponseBytes: 1 << 20
        )
        let received = try #require(Self.body(await HTTPClient.perform(request)))
        #expect(received.lowercased().contains("accept: text/plain"))
        #expect(!received.contains("tenant-secret"))
        #expect(!received.contains("redirect-secret-token"))
    }

    @Test func aRedirectWithinTheOriginKeepsTheHeaders() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let request = HTTPRequest(
            url: server.redirect(to: "/headers"),
            headers: Self.secretHeaders,
            timeout: .seconds(20),
            maximumResponseBytes: 1 << 20
        )
        let received = try #require(Self.body(await HTTPClient.perform(request)))
        #expect(received.contains("X-Scope-OrgID: tenant-secret"))
        #expect(received.contains("redirect-secret-token"))
    }

    @Test func aRedirectFromHTTPSToHTTPIsRefused() async throws {
        let secure = try PrivateCAServer()
        let plain = try LoopbackHTTPServer()
        defer { plain.stop() }
        let target = plain.url("/headers").addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let request = HTTPRequest(
            url: secure.url("/redirect?to=" + target),
            headers: Self.secretHeaders,
            timeout: .seconds(20),
            maximumResponseBytes: 1 << 20,
            caFile: secure.caFile
        )
        guard case .failure(let failure) = await HTTPClient.perform(request) else {
            Issue.record("expected the https → http redirect to be refused")
            return
        }
        #expect(failure.description.contains("https to plain http"))
    }

    @Test(arguments: ["tenant\r\nX-Injected: 1", "tenant\nX-Injected: 1", "tenant\r"])
    func aLineBreakInAHeaderValueIsRefusedWithoutShowingIt(value: String) throws {
        #expect {
            _ = try SourceOptions.Header(parsing: "X-Scope-OrgID: \(value)")
        } throws: { error in
            let text = "\(error)"
            return text.contains("--header") && text.contains("X-Scope-OrgID") && !text.contains("X-Injected")
                && !text.contains("tenant")
        }
    }

    @Test func aLineBreakInAHeaderIsNeverSent() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let request = HTTPRequest(
            url: server.url("/headers"),
            headers: [(name: "X-Scope-OrgID", value: "a\r\nX-Injected: 1")],
            timeout: .seconds(20),
            maximumResponseBytes: 1 << 20
        )
        guard case .failure(let failure) = await HTTPClient.perform(request) else {
            Issue.record("expected a header with a line break to be refused")
            return
        }
        #expect(failure.description.contains("X-Scope-OrgID"))
        #expect(!failure.description.contains("Injected"))
    }

    @Test func aLineBreakInsideATokenFileIsRefusedNamingTheFile() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        let tokenFile = directory.path("token")
        try "\(server.expectedToken)\r\nX-Injected: 1\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        let options = SourceOptions(timeout: .seconds(20), bearerTokenFile: tokenFile)
        let source = try HTTPSource(name: "test", url: server.url("/headers"), options: options)
        do {
            _ = try await source.fetch()
            Issue.record("expected the token file to be refused")
        } catch {
            #expect(error.description.contains(tokenFile))
            #expect(!error.description.contains(server.expectedToken))
            #expect(!error.description.contains("Injected"))
        }
        let client = try PrometheusQueryClient(
            base: server.url("/"),
            connection: PrometheusConnection(bearerTokenFile: tokenFile)
        )
        do {
            _ = try await client.federate()
            Issue.record("expected the token file to be refused")
        } catch {
            #expect("\(error)".contains(tokenFile))
            #expect(!"\(error)".contains(server.expectedToken))
        }
    }
}
