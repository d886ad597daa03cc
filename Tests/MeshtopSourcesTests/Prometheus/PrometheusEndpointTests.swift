import Foundation
import MeshtopSources
import Testing

struct PrometheusEndpointTests {
    @Test func federationSelectorsArePercentEncodedInOrderUnderThePathPrefix() throws {
        let url = try FederateQuery.url(
            base: "https://metrics.example.test/prometheus/",
            selectors: ["up", #"{__name__=~"a|b"}"#]
        )
        #expect(
            url.absoluteString
                == "https://metrics.example.test/prometheus/federate?match%5B%5D=up&match%5B%5D=%7B__name__%3D~%22a%7Cb%22%7D"
        )
    }

    @Test func everySelectorMeshtopUsesIsFederated() throws {
        let url = try FederateQuery.url(base: "http://127.0.0.1:9090").absoluteString
        #expect(url.hasPrefix("http://127.0.0.1:9090/federate?match%5B%5D=istio_requests_total&"))
        #expect(url.components(separatedBy: "match%5B%5D=").count - 1 == FederateQuery.selectors.count)
        #expect(url.contains("envoy_%28listener%7Ccluster%29_ssl_"))
    }

    @Test(arguments: ["prometheus:9090", "ftp://host/", "http://", "http://host/?x=1", ""])
    func basesThatAreNotAbsoluteHTTPURLsAreRejected(base: String) {
        #expect(throws: PrometheusAPIError.invalidURL) { try PrometheusEndpoint(base: base) }
    }

    @Test func formEncodingEscapesEverythingButUnreservedCharacters() {
        #expect(
            PrometheusEndpoint.formEncoded([("query", #"sum by (a) (x{y="1 2"})"#), ("time", "1.5")])
                == "query=sum%20by%20%28a%29%20%28x%7By%3D%221%202%22%7D%29&time=1.5"
        )
        #expect(PrometheusEndpoint.percentEncoded("é~") == "%C3%A9~")
    }

    @Test(arguments: [(Int64(1_700_000_000_123), "1700000000.123"), (5, "0.005"), (-1_500, "-1.500"), (-5, "-0.005")])
    func evaluationTimesAreSentAsDecimalSeconds(milliseconds: Int64, text: String) {
        #expect(PrometheusQueryClient.seconds(milliseconds) == text)
    }

    @Test func theDisplayNameNeverShowsCredentials() throws {
        let client = try PrometheusQueryClient(base: "https://user:hunter22@metrics.example.test/prom")
        #expect(client.displayName == "https://metrics.example.test/prom")
    }
}
