import MeshtopSources
import MeshtopTelemetry

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

    /// Feeds `input` to `parser` until its end, or until the parser has stopped (binary input), so that
    /// `/dev/zero` is not read forever.
    static func read<C: SampleConsumer>(
        _ input: String,
        caFile: String? = nil,
        command: String = "meshtop",
        buffer: UnsafeMutableRawBufferPointer,
        parser: inout TelemetryParser,
        into consumer: inout C
    ) async throws {
        // One copy of the parser is fed and read in both closures, and written back afterwards.
        var feeding = parser
        defer { parser = feeding }
        try await read(input, caFile: caFile, command: command, buffer: buffer, until: { feeding.hasStopped }) {
            chunk in
            feeding.feed(chunk, into: &consumer)
        }
    }

    /// Calls `body` with successive chunks of `input` until its end or until `stop` says so; an https input
    /// is trusted with `caFile` when given. Gzip-compressed input (`curl --compressed -o`) is inflated on the
    /// way. A file that is a FIFO or device waits at most ``BoundedFileReader/idleTimeout`` for each chunk;
    /// standard input may hold at most as much as a file source reads, and after a moment of silence
    /// `command` says on stderr that it waits for it.
    static func read(
        _ input: String,
        caFile: String? = nil,
        command: String = "meshtop",
        buffer: UnsafeMutableRawBufferPointer,
        until stop: () -> Bool = { false },
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
            try readStandardInput(command: command, buffer: buffer, until: stop, inflating)
        } else {
            try readFile(input, buffer: buffer, until: stop, inflating)
        }
        if let gzip, damaged || !gzip.isComplete {
            throw InputError(input: input, reason: "its gzip-compressed data is damaged or cut short")
        }
    }

    /// Reads a file (a FIFO or device too, each read bounded in time) until its end or until `stop` says so.
    private static func readFile(
        _ input: String,
        buffer: UnsafeMutableRawBufferPointer,
        until stop: () -> Bool,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) throws {
        let reader: BoundedFileReader
        do {
            reader = try BoundedFileReader(path: input)
        } catch {
            throw InputError(input: input, reason: plainWords(error))
        }
        while !stop() {
            let count: Int
            do {
                count = try reader.read(into: buffer)
            } catch {
                throw InputError(input: input, reason: plainWords(error))
            }
            if count == 0 { return }
            body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// A read error in words, without the path (``InputError`` names the input).
    private static func plainWords(_ error: SourceError) -> String {
        switch error {
        case .system(_, _, let code): String(cString: strerror(code))
        case .quiet(let path, let seconds) where path == StandardInputReader.name: "nothing came for \(seconds) s"
        case .quiet(_, let seconds): "nothing to read for \(seconds) s (a FIFO with no writer?)"
        case .tooLarge(_, let limit): "more than \(limit >> 20) MiB, the most meshtop reads of one dump"
        default: error.description
        }
    }

    /// Reads standard input until its end or until `stop` says so, bounded as ``StandardInputReader`` is.
    private static func readStandardInput(
        command: String,
        buffer: UnsafeMutableRawBufferPointer,
        until stop: () -> Bool,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) throws {
        let reader = StandardInputReader { noteWaitingForStandardInput(command: command) }
        while !stop() {
            let count: Int
            do {
                count = try reader.read(into: buffer)
            } catch {
                throw InputError(input: "-", reason: plainWords(error))
            }
            if count == 0 { return }
            body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Says on stderr that `command` waits for standard input, which has been silent for a moment.
    static func noteWaitingForStandardInput(command: String) {
        let seconds = StandardInputReader.noticeDelay.components.seconds
        printError(
            "\(command): waiting for telemetry on standard input: nothing came for \(seconds) s "
                + "(pipe a dump in, or end the input with Ctrl-D)"
        )
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
