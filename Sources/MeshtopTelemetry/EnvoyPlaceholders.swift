/// Stand-in for the Envoy `/stats?format=json` parser until it is merged: reports that the format is not supported.
package struct EnvoyStatsJSONParser {
    private var reported = false

    /// Creates a parser.
    package init() {}

    /// Reports once that Envoy JSON cannot be parsed yet.
    package mutating func feed<C: SampleConsumer>(_ chunk: UnsafeRawBufferPointer, into consumer: inout C) {
        guard !reported else { return }
        reported = true
        consumer.report(ParseIssue(line: 1, column: 1, reason: "Envoy format not supported yet"))
    }

    /// Nothing to flush.
    package mutating func finish<C: SampleConsumer>(into consumer: inout C) {}
}
