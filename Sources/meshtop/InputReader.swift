import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
    /// Calls `body` with successive chunks of `input`.
    static func read(
        _ input: String,
        buffer: UnsafeMutableRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) async throws {
        if input.hasPrefix("http://") || input.hasPrefix("https://") {
            try await readURL(input, buffer: buffer, body)
        } else if input == "-" {
            try readDescriptor(0, input: input, buffer: buffer, body)
        } else {
            let descriptor = open(input, O_RDONLY)
            guard descriptor >= 0 else { throw InputError(input: input, reason: systemError()) }
            defer { close(descriptor) }
            try readDescriptor(descriptor, input: input, buffer: buffer, body)
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
        buffer: UnsafeMutableRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) async throws {
        guard let url = URL(string: input) else { throw InputError(input: input, reason: "not a valid URL") }
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.setValue(
            "text/plain;version=0.0.4;q=1, application/openmetrics-text;q=0.5, */*;q=0.1",
            forHTTPHeaderField: "Accept"
        )
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw InputError(input: input, reason: error.localizedDescription)
        }
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            throw InputError(input: input, reason: "HTTP status \(http.statusCode)")
        }
        data.withUnsafeBytes { bytes in
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
