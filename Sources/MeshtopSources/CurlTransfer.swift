import CCurl

/// One libcurl exchange: configures a handle per hop, collects the body (or hands it to an
/// ``HTTPBodySink`` as it arrives), reads the answer's status, and follows redirects as ``HTTPRedirect``
/// allows (custom headers and tokens stay with their origin; https never goes to http).
///
/// Lives on the thread that performs it; only the ``AbandonFlag`` is shared.
final class CurlTransfer {
    /// The request of the current hop.
    private var request: HTTPRequest
    private let abandoned: AbandonFlag
    /// Where the final answer's body goes; nil collects it into ``body``.
    private let sink: (any HTTPBodySink)?
    private var body: [UInt8] = []
    /// Decoded body bytes of the current hop, whether collected or streamed.
    private var received = 0
    private var exceededLimit = false
    /// The handle of the current hop, while it runs.
    private var handle: UnsafeMutableRawPointer?
    /// Whether the current hop's body goes to the sink: nil until its first chunk, false for a redirect's.
    private var streaming: Bool?

    /// At most this many redirects are followed.
    static let maximumRedirects = 5

    init(_ request: HTTPRequest, abandoned: AbandonFlag, sink: (any HTTPBodySink)? = nil) {
        self.request = request
        self.abandoned = abandoned
        self.sink = sink
    }

    /// Performs the exchange, blocking until it ends, fails, times out or is abandoned; the timeout covers
    /// every hop.
    func run() -> Result<HTTPResponse, HTTPFailure> {
        if let problem = CurlLibrary.problem { return .failure(.other(problem)) }
        if let problem = HTTPRequest.headerProblem(in: request.headers) { return .failure(.other(problem)) }
        let clock = ContinuousClock()
        let deadline = clock.now + request.timeout
        for _ in 0...Self.maximumRedirects {
            let remaining = deadline - clock.now
            guard remaining > .zero else { return .failure(.timedOut) }
            var hop: (response: HTTPResponse, location: String?)
            switch perform(timeout: remaining) {
            case .success(let answer): hop = answer
            case .failure(let failure): return .failure(failure)
            }
            guard (300..<400).contains(hop.response.status), let location = hop.location else {
                // Nothing streamed yet (an empty body, or a redirect status without a location, whose
                // small body was kept): the sink still learns the status and gets what there was.
                if let sink, streaming != true {
                    sink.begin(status: hop.response.status)
                    hop.response.body.withUnsafeBytes { sink.take($0) }
                    hop.response.body = []
                }
                return .success(hop.response)
            }
            switch HTTPRedirect.next(after: request, status: hop.response.status, location: location) {
            case .success(let next): request = next
            case .failure(let failure): return .failure(failure)
            }
        }
        return .failure(.tooManyRedirects)
    }

    /// One request of the exchange, without following redirects: the answer and where it redirects to.
    private func perform(timeout: Duration) -> Result<(response: HTTPResponse, location: String?), HTTPFailure> {
        body = []
        received = 0
        exceededLimit = false
        streaming = nil
        guard let handle = ccurl_easy_init() else { return .failure(.other("the HTTP library could not start")) }
        self.handle = handle
        defer {
            self.handle = nil
            ccurl_easy_cleanup(handle)
        }
        var headerList: UnsafeMutablePointer<curl_slist>?
        for header in request.headers { headerList = ccurl_slist_append(headerList, "\(header.name): \(header.value)") }
        // A POST goes at once rather than after a round trip asking `Expect: 100-continue`.
        if request.body != nil { headerList = ccurl_slist_append(headerList, "Expect:") }
        defer { ccurl_slist_free_all(headerList) }
        let context = Unmanaged.passUnretained(self).toOpaque()
        guard configure(handle, headers: headerList, timeout: timeout, context: context) else {
            return .failure(.other("the HTTP library rejected the request's settings"))
        }
        let code = ccurl_easy_perform(handle)
        guard code == CURLE_OK else { return .failure(failure(for: code, handle: handle)) }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var contentType: UnsafeMutablePointer<CChar>?
        _ = ccurl_getinfo_string(handle, CURLINFO_CONTENT_TYPE, &contentType)
        var location: UnsafeMutablePointer<CChar>?
        _ = ccurl_getinfo_string(handle, CURLINFO_REDIRECT_URL, &location)
        let response = HTTPResponse(status: status, contentType: contentType.map { String(cString: $0) }, body: body)
        return .success((response, location.map { String(cString: $0) }))
    }

    /// Sets every option; false when libcurl refused one (the URL, most likely).
    private func configure(
        _ handle: UnsafeMutableRawPointer,
        headers: UnsafeMutablePointer<curl_slist>?,
        timeout: Duration,
        context: UnsafeMutableRawPointer
    ) -> Bool {
        var codes = [
            ccurl_setopt_string(handle, CURLOPT_URL, request.url),
            ccurl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headers),
            ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
            ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout)),
            ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(timeout)),
            // Redirects are followed by ``run()``, hop by hop, so that each hop's headers can be chosen.
            ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0),
            ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"),
            // An empty list offers every encoding this libcurl decodes; the size limit applies to decoded bytes.
            ccurl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""),
            ccurl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, collectBody),
            ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context),
            ccurl_setopt_long(handle, CURLOPT_NOPROGRESS, 0),
            ccurl_setopt_progress_callback(handle, checkAbandoned),
            ccurl_setopt_pointer(handle, CURLOPT_XFERINFODATA, context),
        ]
        if let caFile = request.caFile { codes.append(ccurl_setopt_string(handle, CURLOPT_CAINFO, caFile)) }
        if let payload = request.body {
            codes.append(ccurl_setopt_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(payload.count)))
            codes.append(
                payload.withUnsafeBytes { ccurl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
            )
        }
        return codes.allSatisfy { $0 == CURLE_OK }
    }

    /// Takes a chunk of the body: appended, or handed to the sink when the answer is final (not a
    /// redirect); returning less than was offered makes libcurl abort the transfer.
    fileprivate func append(_ chunk: UnsafeRawBufferPointer) -> Int {
        guard received <= request.maximumResponseBytes - chunk.count else {
            exceededLimit = true
            return 0
        }
        received += chunk.count
        if let sink {
            if streaming == nil { streaming = beginStreaming(into: sink) }
            if streaming == true {
                sink.take(chunk)
                return chunk.count
            }
        }
        body.append(contentsOf: chunk)
        return chunk.count
    }

    /// Whether the current hop's body goes to `sink`: not when it is a redirect that will be followed
    /// (libcurl knows the status and the location once the headers are in, before the first chunk).
    private func beginStreaming(into sink: any HTTPBodySink) -> Bool {
        guard let handle else { return false }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        if (300..<400).contains(status) {
            var location: UnsafeMutablePointer<CChar>?
            _ = ccurl_getinfo_string(handle, CURLINFO_REDIRECT_URL, &location)
            if location != nil { return false }
        }
        sink.begin(status: status)
        return true
    }

    /// Whether the caller gave up, so that the progress callback aborts the transfer.
    fileprivate var isAbandoned: Bool { abandoned.isRaised }

    /// The plain-words failure for a libcurl result; libcurl's own message is never used (it may hold the URL).
    private func failure(for code: CURLcode, handle: UnsafeMutableRawPointer) -> HTTPFailure {
        if code == CURLE_WRITE_ERROR, exceededLimit { return .tooLarge }
        if code == CURLE_PEER_FAILED_VERIFICATION {
            var result = 0
            _ = ccurl_getinfo_long(handle, CURLINFO_SSL_VERIFYRESULT, &result)
            return .tls(Self.certificateProblem(verifyResult: result))
        }
        return Self.failure(for: code)
    }

    /// The longest wait libcurl is given, in whole milliseconds rounded up (at least one).
    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1_000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(clamping: max(1, milliseconds))
    }
}

/// libcurl, loaded and set up once before the first transfer (a global is initialised exactly once).
private enum CurlLibrary {
    /// Why HTTP(S) cannot work in this process, or nil when libcurl is ready.
    static let problem: String? = {
        var reason = [CChar](repeating: 0, count: 256)
        guard ccurl_load(&reason, reason.count) != 0 else { return nil }
        let text = String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "HTTP(S) sources need libcurl (libcurl.so.4), which could not be loaded: \(text)"
    }()
}

private let collectBody: ccurl_data_callback = { data, size, count, context in
    guard let data, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.append(UnsafeRawBufferPointer(start: data, count: size * count))
}

private let checkAbandoned: ccurl_progress_callback = { context, _, _, _, _ in
    guard let context else { return 0 }
    return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().isAbandoned ? 1 : 0
}
