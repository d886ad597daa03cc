import Foundation
import MeshtopSources
import Testing

struct PrometheusVectorReaderTests {
    /// Reads `body` and returns the elements and the shape, or the error.
    private func read(
        _ body: String,
        status: Int = 200
    ) -> Result<
        (elements: [[String: String]], values: [PrometheusValue], shape: PrometheusVectorReader.Shape),
        PrometheusAPIError
    > {
        var elements: [[String: String]] = []
        var values: [PrometheusValue] = []
        let bytes = Array(body.utf8)
        return bytes.withUnsafeBytes { raw in
            do throws(PrometheusAPIError) {
                let shape = try PrometheusVectorReader.read(raw, status: status) { element in
                    elements.append(Dictionary(element.labels.map { ($0.name, $0.value) }) { _, last in last })
                    values.append(element.value)
                }
                return .success((elements, values, shape))
            } catch {
                return .failure(error)
            }
        }
    }

    /// What the decoder that builds the whole answer makes of `body`.
    private func decoded(_ body: String, status: Int = 200) -> Result<PrometheusQueryResult, PrometheusAPIError> {
        do throws(PrometheusAPIError) {
            return .success(try PrometheusQueryClient.decode(Data(body.utf8), status: status))
        } catch {
            return .failure(error)
        }
    }

    @Test func elementsArriveWithLabelsTimeAndTheValueTextExactly() throws {
        let body = #"""
            {"status":"success","data":{"resultType":"vector","result":[
              {"metric":{"__name__":"istio_requests_total","reporter":"destination"},"value":[1700000000.25,"9007199254740993"]},
              {"value":[1700000000.25,"NaN"],"metric":{}}]}}
            """#
        let read = try read(body).get()
        #expect(read.shape == .vector(count: 2))
        #expect(read.elements == [["__name__": "istio_requests_total", "reporter": "destination"], [:]])
        #expect(read.values[0] == PrometheusValue(time: 1_700_000_000.25, text: "9007199254740993"))
        #expect(read.values[1].text == "NaN")
    }

    @Test func everyEscapeReadsAsTheDecoderReadsIt() throws {
        let body = #"""
            {"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"q\"b\\s\/n\nt\tr\ru\u00e9\ud83d\ude00","b\u0041":"c"},"value":[1,"2"]}]}}
            """#
        let read = try read(body).get()
        let expected = try decoded(body).get().series.map(\.metric)
        #expect(read.elements == expected)
        #expect(read.elements.first?["bA"] == "c")
    }

    @Test func unknownKeysOfAnyShapeAreSkippedWhereverTheyAre() throws {
        let body = #"""
            {"warnings":["slow",{"deep":[[[{"x":null}]]],"n":-1.5e3}],"status":"success","data":{"result":[
             {"metric":{"j":"1"},"extra":{"a":[true,false,null,"}]"]},"value":[ 1 , "3" ]}],"resultType":"vector",
             "stats":{"timings":{"evalTotalTime":0.01}}}, "infos": [] }
            """#
        let read = try read(body).get()
        #expect(read.shape == .vector(count: 1))
        #expect(read.elements == [["j": "1"]])
        #expect(read.values == [PrometheusValue(time: 1, text: "3")])
    }

    @Test func scalarsAndEmptyVectorsHaveNoElements() throws {
        let scalar = try read(#"{"status":"success","data":{"resultType":"scalar","result":[1700000000,"+Inf"]}}"#)
            .get()
        #expect(scalar.shape == .scalar(PrometheusValue(time: 1_700_000_000, text: "+Inf")))
        #expect(scalar.elements.isEmpty)
        let empty = try read(#"{"status":"success","data":{"resultType":"vector","result":[]}}"#).get()
        #expect(empty.shape == .vector(count: 0))
    }

    @Test(arguments: PrometheusRejectedBodies.all)
    func errorsAreTheDecodersErrors(body: String, status: Int) {
        guard case .failure(let expected) = decoded(body, status: status) else {
            Issue.record("the decoder accepted \(body)")
            return
        }
        guard case .failure(let error) = read(body, status: status) else {
            Issue.record("the reader accepted \(body)")
            return
        }
        #expect(error == expected)
    }

    @Test func nestingDeeperThanTheLimitIsMalformedNotARecursion() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let body = #"{"warnings":\#(deep),"status":"success","data":{"resultType":"vector","result":[]}}"#
        #expect(throws: PrometheusAPIError.malformedResponse("the body is not Prometheus API JSON")) {
            try read(body).get()
        }
        let allowed = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect(throws: Never.self) {
            try read(#"{"warnings":\#(allowed),"status":"success","data":{"resultType":"vector","result":[]}}"#).get()
        }
    }
}
