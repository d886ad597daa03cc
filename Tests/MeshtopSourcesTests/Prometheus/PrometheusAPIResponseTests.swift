import Foundation
import MeshtopSources
import Testing

struct PrometheusAPIResponseTests {
    @Test func aVectorKeepsLabelsTimeAndTheValueTextExactly() throws {
        let body = #"""
            {"status":"success","data":{"resultType":"vector","result":[
              {"metric":{"__name__":"istio_requests_total","reporter":"destination"},"value":[1700000000.25,"9007199254740993"]},
              {"metric":{},"value":[1700000000.25,"NaN"]}]}}
            """#
        let result = try PrometheusQueryClient.decode(Data(body.utf8), status: 200)
        let elements = result.series
        #expect(elements.count == 2)
        #expect(elements[0].metric == ["__name__": "istio_requests_total", "reporter": "destination"])
        #expect(elements[0].value.text == "9007199254740993")
        #expect(elements[0].value.timeMilliseconds == 1_700_000_000_250)
        #expect(elements[1].value.number?.isNaN == true)
    }

    @Test func anEvaluationTimeThatIsNoDateHasNoMilliseconds() throws {
        let body = #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1e300,"1"]}]}}"#
        let result = try PrometheusQueryClient.decode(Data(body.utf8), status: 200)
        #expect(result.series.first?.value.timeMilliseconds == nil)
    }

    @Test func aScalarIsDecodedAsOne() throws {
        let body = #"{"status":"success","data":{"resultType":"scalar","result":[1700000000,"+Inf"]}}"#
        let result = try PrometheusQueryClient.decode(Data(body.utf8), status: 200)
        #expect(result == .scalar(PrometheusValue(time: 1_700_000_000, text: "+Inf")))
        #expect(result.series.isEmpty)
    }

    @Test(arguments: [
        (400, "bad_data", "Prometheus rejected the query: parse error: unexpected end of input"),
        (503, "timeout", "Prometheus timed out evaluating the query: parse error: unexpected end of input"),
        (422, "execution", "Prometheus could not evaluate the query: parse error: unexpected end of input"),
        (500, "internal", "Prometheus answered HTTP 500: parse error: unexpected end of input"),
    ])
    func apiErrorsReadAsPlainWords(status: Int, errorType: String, message: String) {
        let body = #"{"status":"error","errorType":"\#(errorType)","error":"parse error: unexpected end of input"}"#
        do {
            _ = try PrometheusQueryClient.decode(Data(body.utf8), status: status)
            Issue.record("an error answer decoded as a result")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func errorStatusesWithoutJSONStillSayWhatHappened() {
        #expect(throws: PrometheusAPIError.httpStatus(502, reason: nil)) {
            try PrometheusQueryClient.decode(Data("<html>bad gateway</html>".utf8), status: 502)
        }
        #expect(throws: PrometheusAPIError.unauthorized(status: 401)) {
            try PrometheusQueryClient.decode(Data("Unauthorized".utf8), status: 401)
        }
        #expect(throws: PrometheusAPIError.malformedResponse("the body is not Prometheus API JSON")) {
            try PrometheusQueryClient.decode(Data("ok".utf8), status: 200)
        }
    }

    @Test func serverTextLosesControlCharactersBeforeItIsShown() {
        let error = PrometheusAPIError.forStatus(400, errorType: "bad_data", error: "bad \u{1B}[31mred\u{7}")
        #expect(error.description == "Prometheus rejected the query: bad  [31mred ")
    }

    @Test func rangeResultsAreRejectedAsUnexpected() {
        let body = #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#
        #expect(throws: PrometheusAPIError.self) { try PrometheusQueryClient.decode(Data(body.utf8), status: 200) }
    }
}
