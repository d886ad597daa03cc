/// Answers a Prometheus query API client must refuse, each with the HTTP status it came with: error
/// statuses, bodies that are not API JSON, and API JSON that breaks the vector answer's rules. The whole-body
/// reader must refuse them as the decoder does, and the streaming reader as the whole-body reader does.
enum PrometheusRejectedBodies {
    static let all: [(String, Int)] = [
        (#"{"status":"error","errorType":"bad_data","error":"parse error"}"#, 400),
        (#"{"status":"error","errorType":"timeout","error":"query timed out"}"#, 503),
        (#"{"status":"error","errorType":"execution","error":"too many samples"}"#, 422),
        ("<html>bad gateway</html>", 502),
        ("Unauthorized", 401),
        ("ok", 200),
        (#"{"status":"success"}"#, 200),
        (#"{"status":"success","data":{"resultType":"matrix","result":[]}}"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{}}]}}"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}}"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[inf,"2"]}]}}"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[]}} trailing"#, 200),
        (#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"x"#, 200),
        ("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"a\":\"\n\"}}]}}", 200),
        (
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"\ud800x"},"value":[1,"2"]}]}}"#,
            200
        ),
        (
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"\udc00"},"value":[1,"2"]}]}}"#,
            200
        ),
    ]
}
