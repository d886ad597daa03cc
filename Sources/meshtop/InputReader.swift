import MeshtopSources

#if canImport(Glibc)
    import Glibc
#endif

/// Why an input could not be read.
struct InputError: Error, CustomStringConvertible {
    /// The input as given.
    var input: String
    /// What went wrong.
    var reason: String

    var description: String { "cannot read '\(Terminal.safe(input))': \(reason)" }
}

/// Streams a file, standard input or an http(s) URL through a reused buffer.
enum InputReader {
    /// The most an http(s) input may send: a whole dump is held in memory before it is parsed.
    static let maximumURLBytes = 1 << 30

    /// The formats asked of an http(s) input, Prometheus text first.
    private static let acceptedTypes = "text/plain;version=0.0.4;q=1, application/openmetrics-text;q=0.5, */*;q=0.1"

    /// Calls `body` with successive chunks of `input`; an https input is trusted with `caFile` when given.
    /// Gzip-compressed input (`curl --compressed -o`) is inflated on the way.
    static func read(
        _ input: String,
        caFile: String? = nil,
        buffer: UnsafeMutableRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) async throws {
        var gzip: GzipStream?
        var first = true
        var damaged = false
        let inflating: (UnsafeRawBufferPointer) -> Void = { chunk in
            if first {
                first = false
                if GzipStream.isGzip(chunk) { gzip = GzipStream() }
            }
            guard let stream = gzip else { return body(chunk) }
            if !stream.feed(chunk, body) { damaged = true }
        }
        if input.hasPrefix("http://") || input.hasPrefix("https://") {
            try await readURL(input, caFile: caFile, buffer: buffer, inflating)
        } else if input == "-" {
            try readDescriptor(0, input: input, buffer: buffer, inflating)
        } else {
            let descriptor = open(input, O_RDONLY)
            guard descriptor >= 0 else { throw InputError(input: input, reason: systemError()) }
            defer { close(descriptor) }
            try readDescriptor(descriptor, input: input, buffer: buffer, inflating)
        }
        if let gzip, damaged || !gzip.isComplete {
            throw InputError(input: input, reason: "its gzip-compressed data is damaged or cut short")
        }
    }

    private static func readDescriptor(
        _ descriptor: Int32,
        input: String,
        buffer: UnsafeMutableRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) throws {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(input: input, reason: systemError())
            }
            body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
    }

    private static func readURL(
        _ input: String,
        caFile: String?,
        buffer: UnsafeMutableRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) async throws {
        let request = HTTPRequest(
            url: input,
            headers: [(name: "Accept", value: acceptedTypes)],
            timeout: .seconds(10),
            maximumResponseBytes: maximumURLBytes,
            caFile: caFile
        )
        let response: HTTPResponse
        switch await HTTPClient.perform(request) {
        case .success(let answer): response = answer
        case .failure(let failure):
            throw InputError(input: Redaction.displayName(forURL: input), reason: failure.description)
        }
        guard (200..<300).contains(response.status) else {
            throw InputError(input: Redaction.displayName(forURL: input), reason: "HTTP status \(response.status)")
        }
        response.body.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = min(buffer.count, bytes.count - offset)
                body(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
                offset += count
            }
        }
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}
