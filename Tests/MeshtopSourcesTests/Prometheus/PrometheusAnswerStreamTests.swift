import MeshtopSources
import Testing

struct PrometheusAnswerStreamTests {
    /// What a reader made of a body: the elements' labels and values, and the shape or the error.
    private struct Reading: Equatable {
        var labels: [[String]] = []
        var values: [PrometheusValue] = []
        var outcome: Result<PrometheusVectorReader.Shape, PrometheusAPIError> = .success(.vector(count: 0))
    }

    /// The whole body read at once.
    private func whole(_ body: String, status: Int) -> Reading {
        var reading = Reading()
        Array(body.utf8).withUnsafeBytes { raw in
            reading.outcome = Result { () throws(PrometheusAPIError) in
                try PrometheusVectorReader.read(raw, status: status) { element in
                    reading.labels.append(element.labels.map { "\($0.name)=\($0.value)" })
                    reading.values.append(element.value)
                }
            }
        }
        return reading
    }

    /// The body fed in chunks of `size` bytes.
    private func streamed(_ body: String, status: Int, chunk size: Int) -> Reading {
        var reading = Reading()
        var stream = PrometheusAnswerStream()
        let bytes = Array(body.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            bytes[start..<end].withUnsafeBytes { chunk in
                stream.feed(chunk) { element in
                    reading.labels.append(element.labels.map { "\($0.name)=\($0.value)" })
                    reading.values.append(element.value)
                }
            }
            start = end
        }
        reading.outcome = Result { () throws(PrometheusAPIError) in try stream.finish(status: status) }
        #expect(stream.byteCount == bytes.count)
        return reading
    }

    /// Valid answers (plain and unusual JSON) and malformed ones, besides ``PrometheusRejectedBodies``.
    static let streamBodies: [(String, Int)] = [
        (
            #"""
            {"status":"success","data":{"resultType":"vector","result":[
              {"metric":{"__name__":"istio_requests_total","reporter":"destination"},"value":[1700000000.25,"9007199254740993"]},
              {"value":[1700000000.25,"NaN"],"metric":{}}]}}
            """#, 200
        ),
        (
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"q\"b\\s\/n\nt\tr\ru\u00e9\ud83d\ude00","b\u0041":"c}]{["},"value":[1,"2"]}]}}"#,
            200
        ),
        (
            #"""
            {"warnings":["slow",{"deep":[[[{"x":null}]]],"n":-1.5e3}],"status":"success","data":{"result":[
             {"metric":{"j":"1"},"extra":{"a":[true,false,null,"}]"]},"value":[ 1 , "3" ]} , {"metric":{"j":"2"},"value":[1,"4"]} ],"resultType":"vector",
             "stats":{"timings":{"evalTotalTime":0.01}}}, "infos": [] }
            """#, 200
        ),
        (#"{"data":{"result":[{"metric":{"k":"v"},"value":[2,"5"]}],"resultType":"vector"},"status":"success"}"#, 200),
        (
            #"{"status":"success","d\u0061ta":{"resultType":"vector","r\u0065sult":[{"metric":{},"value":[1,"1"]}]}}"#,
            200
        ),
        (#"{"status":"success","data":{"resultType":"scalar","result":[1700000000,"+Inf"]}}"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[]}}"#, 200),
        (#"  {"status":"success","data":{"resultType":"vector","result":[ ]}}  "#, 200),
        (
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"]}],"result":[]}}"#,
            200
        ),
        (#"{"status":"success","other":{"result":[{"x":1}]},"data":{"resultType":"vector","result":[]}}"#, 200),
        ("", 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"]},]}}"#, 200),
        (
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"]}{"metric":{},"value":[1,"1"]}]}}"#,
            200
        ),
        (#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"]},3]}}"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[3,{"metric":{},"value":[1,"1"]}]}}"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"]}]]}"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"]]}]}}"#, 200),
        ("{\"warnings\":\(String(repeating: "[", count: 2_000))", 200),
        (
            #"{"warnings":\#(String(repeating: "[", count: 60) + String(repeating: "]", count: 60)),"status":"success","data":{"resultType":"vector","result":[]}}"#,
            200
        ),
        (
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"],"x":\#(String(repeating: "[", count: 70) + String(repeating: "]", count: 70))}]}}"#,
            200
        ),
    ]

    static let bodies = streamBodies + PrometheusRejectedBodies.all

    @Test(arguments: bodies)
    func chunkedReadsAsTheWholeBody(body: String, status: Int) {
        let expected = whole(body, status: status)
        for size in [1, 2, 3, 7, 64, 1 << 20] {
            let reading = streamed(body, status: status, chunk: size)
            // Elements handed on before an error belong to no answer; only a valid answer's must agree.
            if case .success = expected.outcome {
                #expect(reading == expected, "chunks of \(size)")
            } else {
                #expect(reading.outcome == expected.outcome, "chunks of \(size)")
            }
        }
    }

    @Test func aLargeAnswerKeepsOnlyAnElementAtATime() {
        let element = #"{"metric":{"__name__":"istio_requests_total","source_workload":"w"},"value":[1,"7"]}"#
        let body =
            #"{"status":"success","data":{"resultType":"vector","result":["#
            + Array(repeating: element, count: 20_000).joined(separator: ",") + "]}}"
        let reading = streamed(body, status: 200, chunk: 16_384)
        #expect(reading.outcome == .success(.vector(count: 20_000)))
        #expect(reading.values.allSatisfy { $0.text == "7" })
    }
}
