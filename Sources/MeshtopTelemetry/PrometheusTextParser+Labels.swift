extension PrometheusTextParser {
    /// Parses the label set after `{` into the label storage from slot `count` on.
    ///
    /// Accepts blanks around every token, a trailing comma, `{}`, quoted UTF-8 label names, and a quoted
    /// metric name as the first item (`{"a.b","c.d"="v"}`) when `name` is still empty. Returns the
    /// position after `}`, or nil after reporting an error.
    @inline(__always)
    mutating func parseLabels<C: SampleConsumer>(
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>,
        name: inout UnsafeBufferPointer<UInt8>,
        count: inout Int,
        context: LineContext,
        into consumer: inout C
    ) -> UnsafePointer<UInt8>? {
        var position = start
        while true {
            Self.skipBlanks(&position, end)
            guard position < end else {
                fail("missing '}' at the end of the label set", at: position, context: context, into: &consumer)
                return nil
            }
            if position.pointee == UInt8(ascii: "}") { return position + 1 }
            let labelName: UnsafeBufferPointer<UInt8>
            if position.pointee == UInt8(ascii: "\"") {
                guard let quoted = quotedName(from: position, to: end, context: context, into: &consumer) else {
                    return nil
                }
                labelName = quoted
                position = quoted.baseAddress! + quoted.count + 1
                Self.skipBlanks(&position, end)
                if name.count == 0, position < end,
                    position.pointee == UInt8(ascii: ",") || position.pointee == UInt8(ascii: "}")
                {
                    name = quoted
                    if position.pointee == UInt8(ascii: ",") { position += 1 }
                    continue
                }
            } else {
                guard let plain = plainLabelName(at: &position, end: end, context: context, into: &consumer) else {
                    return nil
                }
                labelName = plain
            }
            guard position < end, position.pointee == UInt8(ascii: "=") else {
                fail("expected '=' after the label name", at: position, context: context, into: &consumer)
                return nil
            }
            position += 1
            Self.skipBlanks(&position, end)
            guard position < end, position.pointee == UInt8(ascii: "\"") else {
                fail("expected '\"' to open the label value", at: position, context: context, into: &consumer)
                return nil
            }
            position += 1
            let valueStart = position
            guard let hasEscapes = skipLabelValue(at: &position, end: end, context: context, into: &consumer) else {
                return nil
            }
            append(
                LabelView(
                    name: labelName,
                    rawValue: UnsafeBufferPointer(start: valueStart, count: position - valueStart),
                    hasEscapes: hasEscapes
                ),
                count: &count
            )
            position += 1
            Self.skipBlanks(&position, end)
            guard position < end else {
                fail("missing '}' at the end of the label set", at: position, context: context, into: &consumer)
                return nil
            }
            if position.pointee == UInt8(ascii: ",") {
                position += 1
            } else if position.pointee == UInt8(ascii: "}") {
                return position + 1
            } else {
                fail("expected ',' or '}' after the label value", at: position, context: context, into: &consumer)
                return nil
            }
        }
    }

    /// Reads an unquoted label name (`[a-zA-Z_][a-zA-Z0-9_]*`) and the blanks after it.
    @inline(__always)
    func plainLabelName<C: SampleConsumer>(
        at position: inout UnsafePointer<UInt8>,
        end: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) -> UnsafeBufferPointer<UInt8>? {
        let nameStart = position
        position = ByteScan.firstNonNameByte(from: position, to: end)
        let stop = position < end ? position.pointee : UInt8(ascii: "=")
        let startsWithDigit = nameStart.pointee &- UInt8(ascii: "0") < 10
        guard position > nameStart, !startsWithDigit,
            stop == UInt8(ascii: "=") || stop == UInt8(ascii: " ") || stop == UInt8(ascii: "\t")
        else {
            let culprit = position > nameStart && startsWithDigit ? nameStart : position
            fail("invalid label name", at: culprit, context: context, into: &consumer)
            return nil
        }
        let name = UnsafeBufferPointer(start: nameStart, count: position - nameStart)
        Self.skipBlanks(&position, end)
        return name
    }

    /// Moves `position` from the start of a label value to its closing quote; returns whether the value
    /// holds escapes, or nil (after reporting it) when the line ends first.
    @inline(__always)
    mutating func skipLabelValue<C: SampleConsumer>(
        at position: inout UnsafePointer<UInt8>,
        end: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) -> Bool? {
        let valueStart = position
        var hasEscapes = false
        while true {
            position = ByteScan.first(UInt8(ascii: "\""), or: UInt8(ascii: "\\"), from: position, to: end)
            if position < end, position.pointee == UInt8(ascii: "\"") { return hasEscapes }
            guard end - position >= 2 else {
                inBrokenLabelValue = true
                fail(
                    "raw newline in label value (the value is not closed on this line)",
                    at: valueStart - 1,
                    context: context,
                    into: &consumer
                )
                return nil
            }
            let escaped = position[1]
            // OpenMetrics allows a backslash before any character (`\q` reads as `\q`); text 0.0.4 does not.
            if dialect == .prometheus, escaped != UInt8(ascii: "n"), escaped != UInt8(ascii: "\\"),
                escaped != UInt8(ascii: "\"")
            {
                flag("invalid escape sequence in label value", at: position, context: context, into: &consumer)
            }
            hasEscapes = true
            position += 2
        }
    }

    /// Stores `label` in slot `count` of the label storage (growing it when full) and counts it.
    @inline(__always)
    func append(_ label: LabelView, count: inout Int) {
        if count == labelStorage.capacity { labelStorage.grow(keeping: count) }
        (labelStorage.base + count).initialize(to: label)
        count += 1
    }

    /// The bytes between the quotes of a quoted name starting at `quote`, or nil after reporting an error.
    ///
    /// The result's end is the closing quote's position.
    func quotedName<C: SampleConsumer>(
        from quote: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) -> UnsafeBufferPointer<UInt8>? {
        let close = ByteScan.first(UInt8(ascii: "\""), or: UInt8(ascii: "\\"), from: quote + 1, to: end)
        guard close < end else {
            fail("quoted name is not closed on this line", at: quote, context: context, into: &consumer)
            return nil
        }
        guard close.pointee == UInt8(ascii: "\"") else {
            fail("escapes in quoted names are not supported", at: close, context: context, into: &consumer)
            return nil
        }
        guard close > quote + 1 else {
            fail("empty quoted name", at: quote, context: context, into: &consumer)
            return nil
        }
        return UnsafeBufferPointer(start: quote + 1, count: close - quote - 1)
    }
}
