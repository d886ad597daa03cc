import Foundation

/// The JSON envelope of `/api/v1/query`, decoded with `JSONDecoder`.
///
/// `{"status":"success","data":{"resultType":"vector","result":[{"metric":{…},"value":[1700000000.123,"42"]}]}}`
/// or `{"status":"error","errorType":"bad_data","error":"…"}`.
struct PrometheusAPIResponse: Decodable {
    struct Payload: Decodable {
        var resultType: String
        var result: ResultBody
    }

    /// `result`: an array of series for vectors, one `[time, "value"]` pair for scalars and strings.
    enum ResultBody: Decodable {
        case series([Element])
        case pair(Pair)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let series = try? container.decode([Element].self) {
                self = .series(series)
            } else {
                self = .pair(try container.decode(Pair.self))
            }
        }
    }

    struct Element: Decodable {
        var metric: [String: String]
        var value: Pair
    }

    /// `[1700000000.123, "42"]`.
    struct Pair: Decodable {
        var time: Double
        var text: String

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            time = try container.decode(Double.self)
            text = try container.decode(String.self)
        }
    }

    var status: String
    var data: Payload?
    var errorType: String?
    var error: String?

    /// Decodes a body and turns it into a result or the error it reports.
    static func result(from body: Data, status: Int) throws(PrometheusAPIError) -> PrometheusQueryResult {
        let response: PrometheusAPIResponse
        do {
            response = try JSONDecoder().decode(PrometheusAPIResponse.self, from: body)
        } catch {
            if status >= 400 { throw PrometheusAPIError.forStatus(status, errorType: nil, error: nil) }
            throw .malformedResponse("the body is not Prometheus API JSON")
        }
        guard response.status == "success", status < 400 else {
            throw PrometheusAPIError.forStatus(status, errorType: response.errorType, error: response.error)
        }
        guard let data = response.data else { throw .malformedResponse("no data in a successful answer") }
        switch (data.resultType, data.result) {
        case ("vector", .series(let elements)):
            return .vector(
                elements.map {
                    PrometheusSeriesValue(
                        metric: $0.metric,
                        value: PrometheusValue(time: $0.value.time, text: $0.value.text)
                    )
                }
            )
        case ("scalar", .pair(let pair)):
            return .scalar(PrometheusValue(time: pair.time, text: pair.text))
        default:
            throw .malformedResponse(
                "result type '\(PrometheusAPIError.sanitized(data.resultType))' is not an instant vector or scalar"
            )
        }
    }
}
