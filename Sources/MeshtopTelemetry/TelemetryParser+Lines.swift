extension TelemetryParser {
    /// Decides the format from the buffered start of the input, then parses that start.
    mutating func sniff<C: SampleConsumer>(into consumer: inout C) {
        hasSniffed = true
        let verdict = carry.withUnsafeBufferPointer { FormatSniffer.sniff($0) }
        switch verdict {
        case .binary(let offset):
            stopped = true
            binaryOffset = offset
            let (line, column) = carry.withUnsafeBufferPointer { Self.position(of: offset, in: $0) }
            consumer.report(ParseIssue(line: line, column: column, reason: NotTelemetryText.reason(offset: offset)))
            carry = []
            return
        case .text(let sniffed):
            format = options.format ?? sniffed
        }
        switch format {
        case .envoyStats: envoy = EnvoyStatsParser()
        case .envoyStatsJSON: envoyJSON = EnvoyStatsJSONParser()
        case .openMetrics: prometheus = PrometheusTextParser(dialect: .openMetrics)
        case .prometheusText, nil: prometheus = PrometheusTextParser(dialect: .prometheus)
        }
        var start = carry
        carry = []
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start.removeFirst(3) }
        start.withUnsafeBufferPointer { process($0, into: &consumer) }
    }

    /// Parses the complete lines of `bytes` (after any carried-over start) and carries the rest over.
    mutating func process<C: SampleConsumer>(_ bytes: UnsafeBufferPointer<UInt8>, into consumer: inout C) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if format == .envoyStatsJSON {
            envoyJSON?.feed(UnsafeRawBufferPointer(bytes), into: &consumer)
            return
        }
        var position = base
        let end = base + bytes.count
        let limit = options.maxLineLength
        if skippingLongLine {
            let newline = ByteScan.first(UInt8(ascii: "\n"), from: position, to: end)
            guard newline < end else { return }
            skippingLongLine = false
            lineCount += 1
            position = newline + 1
        }
        if !carry.isEmpty {
            let newline = ByteScan.first(UInt8(ascii: "\n"), from: position, to: end)
            let piece = UnsafeBufferPointer(start: position, count: newline - position)
            if carry.count + piece.count > limit {
                reportLongLine(into: &consumer)
                carry.removeAll(keepingCapacity: true)
                guard newline < end else {
                    skippingLongLine = true
                    return
                }
                lineCount += 1
            } else {
                carry.append(contentsOf: piece)
                guard newline < end else { return }
                lineCount += 1
                carry.withUnsafeBufferPointer { dispatch($0, into: &consumer) }
                carry.removeAll(keepingCapacity: true)
            }
            position = newline + 1
        }
        while position < end {
            let newline = ByteScan.first(UInt8(ascii: "\n"), from: position, to: end)
            guard newline < end else {
                if end - position > limit {
                    reportLongLine(into: &consumer)
                    skippingLongLine = true
                } else {
                    carry.append(contentsOf: UnsafeBufferPointer(start: position, count: end - position))
                }
                break
            }
            if newline - position > limit {
                reportLongLine(into: &consumer)
                lineCount += 1
            } else {
                lineCount += 1
                dispatch(UnsafeBufferPointer(start: position, count: newline - position), into: &consumer)
            }
            position = newline + 1
        }
        noteDialect()
    }

    /// Hands one line (without newline or a trailing carriage return) to the format's parser.
    @inline(__always)
    mutating func dispatch<C: SampleConsumer>(_ line: UnsafeBufferPointer<UInt8>, into consumer: inout C) {
        var line = line
        if let last = line.last, last == UInt8(ascii: "\r") { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        if format == .envoyStats {
            envoy?.parseLine(line, lineNumber: lineCount, into: &consumer)
        } else {
            prometheus.parseLine(line, lineNumber: lineCount, into: &consumer)
        }
    }

    /// Reports the line being read (number `lineCount + 1`) as too long.
    private func reportLongLine<C: SampleConsumer>(into consumer: inout C) {
        consumer.report(
            ParseIssue(line: lineCount + 1, column: 1, reason: "line longer than \(options.maxLineLength) bytes")
        )
    }

    /// Follows the Prometheus parser when OpenMetrics syntax showed up after sniffing chose 0.0.4.
    mutating func noteDialect() {
        if format == .prometheusText, prometheus.dialect == .openMetrics { format = .openMetrics }
    }

    /// The 1-based line and column of a byte offset.
    private static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
