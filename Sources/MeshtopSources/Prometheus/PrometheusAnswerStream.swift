/// Reads an `/api/v1/query` answer chunk by chunk as it arrives, handing each vector element on as soon as
/// its last byte is in, so that no more than one element and the envelope around the elements is held.
///
/// A small state machine follows the JSON's strings and nesting across chunk boundaries; the elements of
/// `data.result` are cut out one by one and read by ``PrometheusVectorReader``, and what is left (the
/// envelope, with an empty result array) is read by it at the end. The answer is therefore accepted and
/// judged exactly as ``PrometheusVectorReader/read(_:status:element:)`` judges the whole body: any key
/// order, unknown keys, every escape, the same errors.
package struct PrometheusAnswerStream {
    /// Deeper nesting than this is malformed before the envelope is read (which allows less anyway).
    static let maximumNesting = 512
    /// The longest key literal remembered at the envelope's two levels (`"data"`, `"result"`).
    static let maximumKeyBytes = 256

    /// Everything but the elements, for the final check.
    private var envelope: [UInt8] = []
    /// The open containers, outermost first: true for an object.
    private var open: [Bool] = []
    /// The last key of the root object and of the object at level 1.
    private var keys: [String?] = [nil, nil]
    private var inString = false
    private var escaped = false
    /// Whether the next string in the innermost object is a key.
    private var expectingKey = false
    /// The literal of a key being read at level 0 or 1.
    private var keyBytes: [UInt8]?
    /// Whether the root value was complete.
    private var ended = false
    /// Set once the bytes cannot be valid JSON; the rest is ignored.
    private var broken = false

    /// Where in `data.result` the stream is, when it is inside it.
    private enum ResultArray {
        /// Its `[` was read, nothing else yet.
        case undecided
        /// It holds elements; whether the next thing must be an element (after `[` or `,`).
        case elements(expectingItem: Bool)
        /// It is something else (a scalar's pair): copied into the envelope as it is.
        case verbatim

        var isVerbatim: Bool {
            if case .verbatim = self { return true }
            return false
        }
    }

    /// The result array's state and its level in ``open`` while it is open.
    private var result: (state: ResultArray, level: Int)?
    /// The bytes of an element cut across chunks.
    private var elementBytes: [UInt8] = []
    /// Whether an element is being read.
    private var inElement = false
    /// Elements in the result array read last.
    private var elementCount = 0
    private var current = PrometheusVectorReader.Element()

    /// Decoded bytes fed so far.
    package private(set) var byteCount = 0

    /// Creates a stream expecting an answer from its first byte.
    package init() {}

    /// Reads `chunk`, calling `element` for each element it completes.
    package mutating func feed(_ chunk: UnsafeRawBufferPointer, element: (PrometheusVectorReader.Element) -> Void) {
        byteCount += chunk.count
        guard !broken else { return }
        var elementStart = inElement ? 0 : -1
        var index = 0
        while index < chunk.count, !broken {
            let byte = chunk[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                if !inElement { envelopeByte(byte) }
                index += 1
                continue
            }
            if inElement {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): push(byte == UInt8(ascii: "{"))
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    pop(object: byte == UInt8(ascii: "}"))
                    if let result, open.count == result.level + 1 {
                        finishElement(chunk, from: max(elementStart, 0), through: index, element: element)
                        elementStart = -1
                    }
                default: break
                }
                index += 1
                continue
            }
            if let result, open.count == result.level + 1, !result.state.isVerbatim {
                if readResultItem(byte, state: result.state) {
                    elementStart = index
                }
                index += 1
                continue
            }
            structural(byte)
            index += 1
        }
        if inElement, elementStart >= 0, !broken {
            elementBytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[elementStart...]))
        }
    }

    /// What the answer was, once every byte was fed: the same shape or error as reading the body whole.
    package func finish(status: Int) throws(PrometheusAPIError) -> PrometheusVectorReader.Shape {
        guard !broken, ended, !inString else {
            if status >= 400 { throw PrometheusAPIError.forStatus(status, errorType: nil, error: nil) }
            throw .malformedResponse("the body is not Prometheus API JSON")
        }
        var outcome: Result<PrometheusVectorReader.Shape, PrometheusAPIError> = .success(.vector(count: 0))
        envelope.withUnsafeBytes { raw in
            outcome = Result { () throws(PrometheusAPIError) in
                try PrometheusVectorReader.read(raw, status: status) { _ in }
            }
        }
        let shape = try outcome.get()
        if case .vector(count: 0) = shape { return .vector(count: elementCount) }
        return shape
    }

    // MARK: Outside the elements

    /// A byte outside strings and elements, and outside a result array of elements.
    private mutating func structural(_ byte: UInt8) {
        if ended {
            if !Self.isWhitespace(byte) { broken = true }
            return
        }
        if open.isEmpty, byte != UInt8(ascii: "{"), !Self.isWhitespace(byte) {
            broken = true
            return
        }
        envelopeByte(byte)
        switch byte {
        case UInt8(ascii: "\""):
            inString = true
            if expectingKey, open.count <= 2 { keyBytes = [byte] }
            expectingKey = false
        case UInt8(ascii: "{"):
            push(true)
            if open.count <= 2 { keys[open.count - 1] = nil }
        case UInt8(ascii: "["):
            push(false)
            if open.count == 3, open[0], open[1], keys[0] == "data", keys[1] == "result" {
                result = (.undecided, open.count - 1)
            }
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            pop(object: byte == UInt8(ascii: "}"))
            if open.isEmpty { ended = true }
        case UInt8(ascii: ","):
            expectingKey = open.last == true
        default:
            break
        }
    }

    /// Keeps a byte of the envelope, completing a key literal at level 0 or 1.
    private mutating func envelopeByte(_ byte: UInt8) {
        envelope.append(byte)
        guard keyBytes != nil else { return }
        keyBytes?.append(byte)
        let level = open.count - 1
        if (keyBytes?.count ?? 0) > Self.maximumKeyBytes {
            keyBytes = nil
            keys[level] = ""
        } else if !inString, let literal = keyBytes {
            keys[level] = literal.withUnsafeBytes { PrometheusVectorReader.readString($0) } ?? ""
            keyBytes = nil
        }
    }

    // MARK: The result array

    /// A byte directly inside `data.result` (not in an element); returns true when it opens an element.
    private mutating func readResultItem(_ byte: UInt8, state: ResultArray) -> Bool {
        if Self.isWhitespace(byte) { return false }
        switch (state, byte) {
        case (.undecided, UInt8(ascii: "{")), (.elements(expectingItem: true), UInt8(ascii: "{")):
            if case .undecided = state { elementCount = 0 }
            result?.state = .elements(expectingItem: false)
            inElement = true
            elementBytes.removeAll(keepingCapacity: true)
            push(true)
            return true
        case (.elements(expectingItem: false), UInt8(ascii: ",")):
            result?.state = .elements(expectingItem: true)
        case (.undecided, UInt8(ascii: "]")), (.elements(expectingItem: false), UInt8(ascii: "]")):
            if case .undecided = state { elementCount = 0 }
            result = nil
            structural(byte)
        case (.undecided, _):
            // Not elements: the envelope reader judges it (a scalar's `[time, "text"]`).
            result?.state = .verbatim
            elementCount = 0
            structural(byte)
        default:
            broken = true
        }
        return false
    }

    /// The element ending at `end` of `chunk`, begun at `start` (or in an earlier chunk), read and handed on.
    private mutating func finishElement(
        _ chunk: UnsafeRawBufferPointer,
        from start: Int,
        through end: Int,
        element: (PrometheusVectorReader.Element) -> Void
    ) {
        inElement = false
        let tail = UnsafeRawBufferPointer(rebasing: chunk[start...end])
        let valid: Bool
        if elementBytes.isEmpty {
            valid = PrometheusVectorReader.readElement(tail, into: &current)
        } else {
            elementBytes.append(contentsOf: tail)
            valid = elementBytes.withUnsafeBytes { PrometheusVectorReader.readElement($0, into: &current) }
            elementBytes.removeAll(keepingCapacity: true)
        }
        guard valid else {
            broken = true
            return
        }
        elementCount += 1
        element(current)
    }

    // MARK: Nesting

    private mutating func push(_ isObject: Bool) {
        open.append(isObject)
        expectingKey = isObject
        if open.count > Self.maximumNesting { broken = true }
    }

    private mutating func pop(object: Bool) {
        guard let last = open.popLast(), last == object else {
            broken = true
            return
        }
        expectingKey = false
        if let result, open.count == result.level { self.result = nil }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
