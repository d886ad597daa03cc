/// One sample being parsed: name, labels, value and optional timestamp, as views on the parser's buffers.
///
/// Valid only during the `SampleConsumer.consume(_:)` call that hands it out. Nothing here allocates;
/// use ``Sample/init(_:)`` to keep a copy.
package struct SampleView {
    /// The series name as it appears on the sample line (`istio_requests_total`, `x_bucket`).
    package var name: UnsafeBufferPointer<UInt8>
    /// The family the sample belongs to (the `# TYPE` name, e.g. `x` for `x_bucket`), or `name` if undeclared.
    package var family: UnsafeBufferPointer<UInt8>
    /// The kind declared for the family, `.untyped` when none was.
    package var kind: MetricKind
    /// The labels in the order they appeared.
    package var labels: LabelList
    /// The value as a double (`NaN`, `±Inf` included).
    package var value: Double
    /// The exact value when the text was an unsigned decimal integer that fits 64 bits (Envoy counters
    /// above 2^53 keep every digit here).
    package var exactValue: UInt64?
    /// The sample's own timestamp in milliseconds since the epoch, if the line carried one
    /// (OpenMetrics float seconds are converted).
    package var timestampMilliseconds: Int64?
    /// The 1-based line the sample came from.
    package var line: Int

    /// Creates a view.
    package init(
        name: UnsafeBufferPointer<UInt8>,
        family: UnsafeBufferPointer<UInt8>,
        kind: MetricKind,
        labels: LabelList,
        value: Double,
        exactValue: UInt64?,
        timestampMilliseconds: Int64?,
        line: Int
    ) {
        self.name = name
        self.family = family
        self.kind = kind
        self.labels = labels
        self.value = value
        self.exactValue = exactValue
        self.timestampMilliseconds = timestampMilliseconds
        self.line = line
    }

    /// Whether the series name equals `text`.
    @inline(__always)
    package func nameEquals(_ text: StaticString) -> Bool { ByteText.equal(name, text) }

    /// The series name as a `String` (allocates).
    package var nameString: String { String(decoding: name, as: UTF8.self) }
}

/// The labels of a ``SampleView``, in input order.
package struct LabelList: RandomAccessCollection {
    /// The label views, owned by the parser.
    package var storage: UnsafeBufferPointer<LabelView>

    /// Wraps the parser's label storage.
    package init(_ storage: UnsafeBufferPointer<LabelView>) { self.storage = storage }

    /// No labels.
    package static var empty: LabelList { LabelList(UnsafeBufferPointer(start: nil, count: 0)) }

    package var startIndex: Int { 0 }
    package var endIndex: Int { storage.count }
    package subscript(position: Int) -> LabelView { storage[position] }

    // Spelled out rather than inherited: consumers live in other modules, where the collection defaults
    // would run unspecialised, through generic index arithmetic, for every sample.

    /// The number of labels.
    package var count: Int { storage.count }

    /// Whether there are no labels.
    package var isEmpty: Bool { storage.isEmpty }

    /// Iterates the label views in order.
    package func makeIterator() -> UnsafeBufferPointer<LabelView>.Iterator { storage.makeIterator() }

    /// The label called `name`, if present.
    /// - Complexity: O(n) in the number of labels; no allocation.
    @inline(__always)
    package func first(named name: StaticString) -> LabelView? {
        for label in storage where ByteText.equal(label.name, name) { return label }
        return nil
    }
}
