/// Forwards everything to a consumer it points at, passing on at most a budget of issues and counting
/// the rest.
struct IssueLimiter<Base: SampleConsumer>: SampleConsumer {
    /// The consumer being fed; valid for the limiter's lifetime.
    let base: UnsafeMutablePointer<Base>
    /// How many more issues may be passed on.
    var remaining: Int
    /// How many issues were held back.
    var suppressed = 0

    @inline(__always)
    mutating func consume(_ sample: SampleView) { base.pointee.consume(sample) }

    mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        base.pointee.declare(family: name, kind: kind)
    }

    mutating func describe(family name: UnsafeBufferPointer<UInt8>, help: UnsafeBufferPointer<UInt8>) {
        base.pointee.describe(family: name, help: help)
    }

    @inline(__always)
    mutating func wantsLabels(of name: UnsafeBufferPointer<UInt8>) -> Bool { base.pointee.wantsLabels(of: name) }

    mutating func report(_ issue: ParseIssue) {
        guard remaining > 0 else {
            suppressed += 1
            return
        }
        remaining -= 1
        base.pointee.report(issue)
    }
}
