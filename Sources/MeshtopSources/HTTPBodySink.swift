/// Where ``HTTPClient`` hands a body as libcurl delivers it, decoded, instead of collecting it whole.
///
/// Called on the transfer's own thread, one call at a time: ``begin(status:)`` once the final answer's
/// status is known (a redirect's body never reaches the sink), then ``take(_:)`` for each chunk. The size
/// limit still applies to what passes through. After a cancellation the transfer may go on calling the
/// sink until it notices, so a sink must stay safe to call after its caller stopped waiting.
package protocol HTTPBodySink: AnyObject, Sendable {
    /// The answer whose body follows was given `status`.
    func begin(status: Int)
    /// The next chunk of the decoded body; the bytes are valid only during the call.
    func take(_ chunk: UnsafeRawBufferPointer)
}
