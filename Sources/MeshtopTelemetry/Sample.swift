/// A label kept beyond parsing: name and unescaped value.
package struct Label: Sendable, Hashable, Codable {
    /// The label name.
    package var name: String
    /// The unescaped value.
    package var value: String

    /// Creates a label.
    package init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A sample copied out of the parser: for tests, small dumps and anything that must outlive a callback.
///
/// The hot paths never build these; they work on ``SampleView``.
package struct Sample: Sendable, Hashable, Codable {
    /// The series name.
    package var name: String
    /// The family name (the `# TYPE` name).
    package var family: String
    /// The declared kind.
    package var kind: MetricKind
    /// The labels in input order.
    package var labels: [Label]
    /// The value.
    package var value: Double
    /// The exact integer value, when the text was an unsigned integer fitting 64 bits.
    package var exactValue: UInt64?
    /// The sample's timestamp in milliseconds since the epoch, if it had one.
    package var timestampMilliseconds: Int64?
    /// The 1-based source line.
    package var line: Int

    /// Creates a sample.
    package init(
        name: String,
        family: String? = nil,
        kind: MetricKind = .untyped,
        labels: [Label] = [],
        value: Double,
        exactValue: UInt64? = nil,
        timestampMilliseconds: Int64? = nil,
        line: Int = 0
    ) {
        self.name = name
        self.family = family ?? name
        self.kind = kind
        self.labels = labels
        self.value = value
        self.exactValue = exactValue
        self.timestampMilliseconds = timestampMilliseconds
        self.line = line
    }

    /// Copies a view.
    package init(_ view: SampleView) {
        self.name = view.nameString
        self.family = String(decoding: view.family, as: UTF8.self)
        self.kind = view.kind
        self.labels = view.labels.map { Label($0.nameString, $0.value) }
        self.value = view.value
        self.exactValue = view.exactValue
        self.timestampMilliseconds = view.timestampMilliseconds
        self.line = view.line
    }

    /// The value of the label called `name`.
    package subscript(label name: String) -> String? { labels.first { $0.name == name }?.value }

    /// Calls `body` with a view of this sample, as a parser would hand it out (for feeding consumers in tests).
    package func withView<R>(_ body: (SampleView) throws -> R) rethrows -> R {
        var nameBytes = Array(name.utf8)
        var familyBytes = Array(family.utf8)
        let labelBytes = labels.map { (Array($0.name.utf8), Array($0.value.utf8)) }
        return try nameBytes.withUnsafeMutableBufferPointer { namePointer in
            try familyBytes.withUnsafeMutableBufferPointer { familyPointer in
                try ByteText.withLabelViews(labelBytes) { views in
                    let view = SampleView(
                        name: UnsafeBufferPointer(namePointer),
                        family: UnsafeBufferPointer(familyPointer),
                        kind: kind,
                        labels: LabelList(views),
                        value: value,
                        exactValue: exactValue,
                        timestampMilliseconds: timestampMilliseconds,
                        line: line
                    )
                    return try body(view)
                }
            }
        }
    }
}

extension ByteText {
    /// Calls `body` with label views over copies of `pairs` (name bytes, unescaped value bytes).
    package static func withLabelViews<R>(
        _ pairs: [([UInt8], [UInt8])],
        _ body: (UnsafeBufferPointer<LabelView>) throws -> R
    ) rethrows -> R {
        let total = pairs.reduce(0) { $0 + $1.0.count + $1.1.count }
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(total, 1))
        defer { storage.deallocate() }
        var views: [LabelView] = []
        views.reserveCapacity(pairs.count)
        var offset = 0
        for (name, value) in pairs {
            let nameStart = offset
            for byte in name {
                storage[offset] = byte
                offset += 1
            }
            let valueStart = offset
            for byte in value {
                storage[offset] = byte
                offset += 1
            }
            views.append(
                LabelView(
                    name: UnsafeBufferPointer(rebasing: storage[nameStart..<valueStart]),
                    rawValue: UnsafeBufferPointer(rebasing: storage[valueStart..<offset]),
                    hasEscapes: false
                )
            )
        }
        return try views.withUnsafeBufferPointer(body)
    }
}
