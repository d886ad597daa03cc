/// Receives what a parser finds, in input order.
///
/// Implementers aggregate as they go: views are only valid during the call, so copy or intern the bytes
/// you need to keep. All requirements but `consume(_:)` have default implementations that ignore the event.
package protocol SampleConsumer {
    /// Called once per sample line.
    mutating func consume(_ sample: SampleView)
    /// Called for each `# TYPE` (or the format's equivalent) declaration.
    mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind)
    /// Called for each `# HELP` line, with the unescaped docstring bytes.
    mutating func describe(family name: UnsafeBufferPointer<UInt8>, help: UnsafeBufferPointer<UInt8>)
    /// Called for every problem found; parsing goes on afterwards.
    mutating func report(_ issue: ParseIssue)
    /// Whether samples called `name` should come with their labels.
    ///
    /// A consumer that only aggregates some series says no for the others: a parser may then hand such a
    /// sample over with an empty label list, exact value and timestamp, without reading its labels (whose
    /// syntax is then not checked either). The default wants every label.
    mutating func wantsLabels(of name: UnsafeBufferPointer<UInt8>) -> Bool
}

extension SampleConsumer {
    package mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {}
    package mutating func describe(family name: UnsafeBufferPointer<UInt8>, help: UnsafeBufferPointer<UInt8>) {}
    package mutating func report(_ issue: ParseIssue) {}
    package mutating func wantsLabels(of name: UnsafeBufferPointer<UInt8>) -> Bool { true }
}
