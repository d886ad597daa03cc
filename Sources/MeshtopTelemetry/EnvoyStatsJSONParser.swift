/// Parses Envoy admin `/stats?format=json`, fed in chunks of any size, into the same samples as the text form.
///
/// Integers keep every digit in `exactValue` (values beyond 2^53 included), strings are text readouts, and
/// histograms become summaries or histograms as ``EnvoyStatsJSONReader`` describes. Only the current token
/// is carried between chunks (at most 1 MiB), so memory does not grow with the document. A malformed
/// value costs its stat (reported with its line and column); broken structure is reported once, and the
/// rest of the input is ignored.
package struct EnvoyStatsJSONParser {
    private var scanner = EnvoyJSONScanner()
    private var reader = EnvoyStatsJSONReader()
    /// The unread tail of the previous chunk (one partial token).
    private var pending: [UInt8] = []

    /// Creates a parser.
    package init() {}

    /// Parses the next chunk of the document.
    package mutating func feed<C: SampleConsumer>(_ chunk: UnsafeRawBufferPointer, into consumer: inout C) {
        guard !scanner.failed else { return }
        let bytes = chunk.assumingMemoryBound(to: UInt8.self)
        if pending.isEmpty {
            let used = scanner.scan(bytes, final: false, reader: &reader, into: &consumer)
            pending.append(contentsOf: bytes[used...])
        } else {
            pending.append(contentsOf: bytes)
            scanPending(final: false, into: &consumer)
        }
    }

    /// Parses what is left and reports a document that ends early.
    package mutating func finish<C: SampleConsumer>(into consumer: inout C) {
        guard !scanner.failed else { return }
        scanPending(final: true, into: &consumer)
    }

    private mutating func scanPending<C: SampleConsumer>(final: Bool, into consumer: inout C) {
        let buffer = pending
        let used = buffer.withUnsafeBufferPointer { scanner.scan($0, final: final, reader: &reader, into: &consumer) }
        pending.removeFirst(used)
    }
}
