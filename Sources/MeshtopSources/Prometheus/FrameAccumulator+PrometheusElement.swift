import MeshtopModel
import MeshtopTelemetry

extension FrameAccumulator {
    /// Adds one element of a query answer as the sample its line of ``PrometheusTextRenderer``'s text would
    /// be when parsed, without writing or parsing the text: the same name, labels (helper labels renamed,
    /// sorted by name, names the text format cannot carry left out, values escaped as in the text), value
    /// and kind, so that a frame built this way tracks the same series with the same values.
    ///
    /// - Returns: false when the element was left out, as the text would leave it out (no valid metric
    ///   name, or a value that is not a number).
    @discardableResult
    package mutating func consume(_ element: PrometheusVectorReader.Element, as kind: MetricKind) -> Bool {
        guard let name = element.labels.first(where: { $0.name == "__name__" })?.value,
            PrometheusTextRenderer.isValidName(name), element.value.number != nil
        else { return false }
        let text =
            PrometheusTextRenderer.isPlainNumber(element.value.text)
            ? element.value.text : "\(element.value.number ?? .nan)"
        var labels: [(name: String, value: String, hasEscapes: Bool)] = []
        labels.reserveCapacity(element.labels.count)
        for label in element.labels where label.name != "__name__" {
            let outputName = PrometheusTextRenderer.renamed[label.name] ?? label.name
            guard PrometheusTextRenderer.isValidName(outputName), !outputName.hasPrefix("__") else { continue }
            if label.value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == 0x0A })
            {
                var escaped = ""
                LabelEscaping.escape(label.value, into: &escaped)
                labels.append((outputName, escaped, true))
            } else {
                labels.append((outputName, label.value, false))
            }
        }
        labels.sort { $0.name < $1.name }
        // One buffer holds every byte the sample's views point at: the value, the name, then each label.
        var bytes = Array(text.utf8)
        let valueCount = bytes.count
        bytes += name.utf8
        var ends: [Int] = []
        ends.reserveCapacity(labels.count * 2)
        for label in labels {
            bytes += label.name.utf8
            ends.append(bytes.count)
            bytes += label.value.utf8
            ends.append(bytes.count)
        }
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress,
                let value = DecimalParser.value(base, count: valueCount)
            else { return false }
            let nameEnd = valueCount + name.utf8.count
            let nameView = UnsafeBufferPointer(rebasing: buffer[valueCount..<nameEnd])
            return withUnsafeTemporaryAllocation(of: LabelView.self, capacity: labels.count) { views -> Bool in
                var start = nameEnd
                for index in labels.indices {
                    let nameEnd = ends[2 * index]
                    let valueEnd = ends[2 * index + 1]
                    views.initializeElement(
                        at: index,
                        to: LabelView(
                            name: UnsafeBufferPointer(rebasing: buffer[start..<nameEnd]),
                            rawValue: UnsafeBufferPointer(rebasing: buffer[nameEnd..<valueEnd]),
                            hasEscapes: labels[index].hasEscapes
                        )
                    )
                    start = valueEnd
                }
                consume(
                    SampleView(
                        name: nameView,
                        family: nameView,
                        kind: kind,
                        labels: LabelList(UnsafeBufferPointer(rebasing: views[..<labels.count])),
                        value: value.double,
                        exactValue: value.exact,
                        timestampMilliseconds: nil,
                        line: 0
                    )
                )
                return true
            }
        }
    }
}
