import CCurl

extension CurlTransfer {
    /// The plain-words failure for a libcurl result code.
    static func failure(for code: CURLcode) -> HTTPFailure {
        switch code {
        case CURLE_COULDNT_CONNECT: .connectionRefused
        case CURLE_OPERATION_TIMEDOUT: .timedOut
        case CURLE_COULDNT_RESOLVE_HOST: .hostNotFound
        case CURLE_COULDNT_RESOLVE_PROXY: .other("proxy host not found")
        case CURLE_PEER_FAILED_VERIFICATION: .tls(certificateProblem(verifyResult: -1))
        case CURLE_SSL_CONNECT_ERROR: .tls("handshake failed (is it an https endpoint?)")
        case CURLE_SSL_CACERT_BADFILE: .unreadableCAFile
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE: .connectionLost
        // HTTP/0.9 replies (raw bytes without a status line) end as "unsupported protocol".
        case CURLE_WEIRD_SERVER_REPLY, CURLE_UNSUPPORTED_PROTOCOL, CURLE_BAD_CONTENT_ENCODING: .malformedResponse
        case CURLE_TOO_MANY_REDIRECTS: .tooManyRedirects
        case CURLE_URL_MALFORMAT: .other("not a valid URL")
        case CURLE_ABORTED_BY_CALLBACK: .cancelled
        case CURLE_OUT_OF_MEMORY: .other("out of memory")
        default: .other("request failed (curl error \(code.rawValue))")
        }
    }

    /// Why the server certificate was rejected, from OpenSSL's verification result (`X509_V_ERR_*`).
    static func certificateProblem(verifyResult: Int) -> String {
        switch verifyResult {
        case 2, 18, 19, 20, 21: "server certificate not trusted (use --cacert with the CA that signed it)"
        case 9: "server certificate not yet valid"
        case 10: "server certificate expired"
        case 0: "server certificate does not name this host"
        default: "server certificate rejected"
        }
    }
}
