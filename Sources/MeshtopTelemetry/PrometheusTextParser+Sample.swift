extension PrometheusTextParser {
    /// Parses `name{labels} value [timestamp] [# exemplar]` between `start` and `end` (trimmed, non-empty).
    @inline(__always)
    mutating func parseSample<C: SampleConsumer>(
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) {
        if dialect == .prometheus, declinedSample(from: start, to: end, context: context, into: &consumer) { return }
        var position = start
        guard let (name, labelCount) = parseSeries(at: &position, end: end, context: context, into: &consumer) else {
            return
        }
        guard position < end else {
            return fail("missing value", at: position, context: context, into: &consumer)
        }
        let valueStart = position
        Self.skipToken(&position, end)
        guard let value = DecimalParser.value(valueStart, count: position - valueStart) else {
            return fail(
                "invalid value '\(ByteText.printable(valueStart, count: position - valueStart))'",
                at: valueStart,
                context: context,
                into: &consumer
            )
        }
        Self.skipBlanks(&position, end)
        var timestamp: Int64?
        if position < end, position.pointee != UInt8(ascii: "#") {
            let timestampStart = position
            Self.skipToken(&position, end)
            guard
                let parsed = parseTimestamp(
                    from: timestampStart,
                    count: position - timestampStart,
                    context: context,
                    into: &consumer
                )
            else { return }
            timestamp = parsed
            Self.skipBlanks(&position, end)
        }
        if position < end {
            guard position.pointee == UInt8(ascii: "#") else {
                return fail("unexpected text after the timestamp", at: position, context: context, into: &consumer)
            }
            skipExemplar(from: position, to: end, labelsInUse: labelCount, context: context, into: &consumer)
        }
        let family = resolveFamily(name)
        consumer.consume(
            SampleView(
                name: name,
                family: UnsafeBufferPointer(start: name.baseAddress, count: family.length),
                kind: family.kind,
                labels: LabelList(UnsafeBufferPointer(start: labelStorage.base, count: labelCount)),
                value: value.double,
                exactValue: value.exact,
                timestampMilliseconds: timestamp,
                line: context.number
            )
        )
    }

    /// Hands over a plain sample line (see ``PlainSampleLine``) without its labels when the consumer declines
    /// them; returns false, having done nothing, for any other line. Text 0.0.4 only (OpenMetrics lines may
    /// carry exemplars).
    @inline(__always)
    mutating func declinedSample<C: SampleConsumer>(
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) -> Bool {
        guard let (name, brace) = PlainSampleLine.name(from: start, to: end), !consumer.wantsLabels(of: name),
            let line = PlainSampleLine.read(name: name, brace: brace, to: end)
        else { return false }
        let family = resolveFamily(name)
        consumer.consume(
            SampleView(
                name: name,
                family: UnsafeBufferPointer(start: start, count: family.length),
                kind: family.kind,
                labels: .empty,
                value: line.value.double,
                exactValue: line.value.exact,
                timestampMilliseconds: line.timestampMilliseconds,
                line: context.number
            )
        )
        return true
    }

    /// Reads `name{labels}` (or `{"name", labels}`) at `position` and the blanks after it; returns the name
    /// and how many labels were stored, or nil after reporting an error.
    @inline(__always)
    mutating func parseSeries<C: SampleConsumer>(
        at position: inout UnsafePointer<UInt8>,
        end: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) -> (name: UnsafeBufferPointer<UInt8>, labelCount: Int)? {
        let start = position
        var name = UnsafeBufferPointer<UInt8>(start: start, count: 0)
        var labelCount = 0
        if position.pointee != UInt8(ascii: "{") {
            guard Self.isMetricNameStart(position.pointee) else {
                fail("invalid metric name", at: position, context: context, into: &consumer)
                return nil
            }
            position += 1
            while position < end, Self.isMetricNameByte(position.pointee) { position += 1 }
            name = UnsafeBufferPointer(start: start, count: position - start)
            let afterName = position
            Self.skipBlanks(&position, end)
            if position == afterName, position < end, position.pointee != UInt8(ascii: "{") {
                fail("invalid character in metric name", at: position, context: context, into: &consumer)
                return nil
            }
        }
        if position < end, position.pointee == UInt8(ascii: "{") {
            guard
                let afterLabels = parseLabels(
                    from: position + 1,
                    to: end,
                    name: &name,
                    count: &labelCount,
                    context: context,
                    into: &consumer
                )
            else { return nil }
            position = afterLabels
            Self.skipBlanks(&position, end)
        }
        guard name.count > 0 else {
            fail("missing metric name", at: start, context: context, into: &consumer)
            return nil
        }
        return (name, labelCount)
    }

    /// Reads a timestamp: integer milliseconds in 0.0.4 (floats are flagged), float seconds in OpenMetrics.
    @inline(__always)
    func parseTimestamp<C: SampleConsumer>(
        from start: UnsafePointer<UInt8>,
        count: Int,
        context: LineContext,
        into consumer: inout C
    ) -> Int64? {
        if dialect == .prometheus, let milliseconds = DecimalParser.integer(start, count: count) {
            guard let accepted = UnixMilliseconds.checked(milliseconds) else {
                fail("timestamp out of range", at: start, context: context, into: &consumer)
                return nil
            }
            return accepted
        }
        guard let seconds = DecimalParser.value(start, count: count)?.double, seconds.isFinite else {
            fail(
                "invalid timestamp '\(ByteText.printable(start, count: count))'",
                at: start,
                context: context,
                into: &consumer
            )
            return nil
        }
        guard let milliseconds = UnixMilliseconds.checked(dialect == .prometheus ? seconds : seconds * 1000) else {
            fail("timestamp out of range", at: start, context: context, into: &consumer)
            return nil
        }
        if dialect == .prometheus {
            flag(
                "float timestamp in text 0.0.4 (must be integer milliseconds)",
                at: start,
                context: context,
                into: &consumer
            )
        }
        return milliseconds
    }

    /// Checks an OpenMetrics exemplar (`# {labels} value [timestamp]`) and drops it.
    @inline(never)
    mutating func skipExemplar<C: SampleConsumer>(
        from hash: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>,
        labelsInUse: Int,
        context: LineContext,
        into consumer: inout C
    ) {
        if dialect == .prometheus {
            flag("exemplar in text 0.0.4 (an OpenMetrics feature)", at: hash, context: context, into: &consumer)
        }
        var position = hash + 1
        Self.skipBlanks(&position, end)
        guard position < end, position.pointee == UInt8(ascii: "{") else {
            return fail("invalid exemplar: expected '{'", at: position, context: context, into: &consumer)
        }
        var unusedName = UnsafeBufferPointer<UInt8>(start: hash, count: 1)
        var count = labelsInUse
        guard
            let afterLabels = parseLabels(
                from: position + 1,
                to: end,
                name: &unusedName,
                count: &count,
                context: context,
                into: &consumer
            )
        else { return }
        position = afterLabels
        for part in ["value", "timestamp"] {
            Self.skipBlanks(&position, end)
            guard position < end else {
                if part == "value" {
                    fail("invalid exemplar: missing value", at: position, context: context, into: &consumer)
                }
                return
            }
            let tokenStart = position
            Self.skipToken(&position, end)
            if DecimalParser.value(tokenStart, count: position - tokenStart) == nil {
                return fail("invalid exemplar \(part)", at: tokenStart, context: context, into: &consumer)
            }
        }
        Self.skipBlanks(&position, end)
        if position < end {
            fail("unexpected text after the exemplar", at: position, context: context, into: &consumer)
        }
    }

    @inline(__always)
    static func skipBlanks(_ position: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) {
        while position < end, position.pointee == UInt8(ascii: " ") || position.pointee == UInt8(ascii: "\t") {
            position += 1
        }
    }

    @inline(__always)
    static func skipToken(_ position: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) {
        while position < end, position.pointee != UInt8(ascii: " "), position.pointee != UInt8(ascii: "\t") {
            position += 1
        }
    }

    /// `[a-zA-Z_:]`
    @inline(__always)
    static func isMetricNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }

    /// `[a-zA-Z0-9_:]`
    @inline(__always)
    static func isMetricNameByte(_ byte: UInt8) -> Bool {
        isMetricNameStart(byte) || byte &- UInt8(ascii: "0") < 10
    }

    /// `[a-zA-Z_]`
    @inline(__always)
    static func isLabelNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_")
    }

    /// `[a-zA-Z0-9_]`
    @inline(__always)
    static func isLabelNameByte(_ byte: UInt8) -> Bool {
        isLabelNameStart(byte) || byte &- UInt8(ascii: "0") < 10
    }
}
