/// Maps raw Envoy stat names onto the series Envoy's `/stats/prometheus` would print for them, so one mesh
/// model serves both forms.
///
/// * `cluster.<name>.<stat>` → `envoy_cluster_<stat>{cluster_name="<name>"}` and
///   `listener.<address>.<stat>` → `envoy_listener_<stat>{listener_address="<address>"}`. The label names are
///   Istio's tag names (Istio sidecars are what meshtop watches most); plain Envoy, whose default tags are
///   `envoy_cluster_name`/`envoy_listener_address`, is mapped onto the same names so both read alike.
/// * `…ssl.certificate.<cert>.expiration_unix_time_seconds` → `…_ssl_certificate_expiration_unix_time_seconds`
///   with an extra `envoy_tls_certificate="<cert>"` label.
/// * Names ending in `_rq_200` or `_rq_2xx` get Istio's `response_code`/`response_code_class` label.
/// * Istio's three raw encodings (see ``IstioStatName``) become `istio_*` series with their labels.
/// * Anything else becomes `envoy_` + the name with every byte outside `[a-zA-Z0-9_]` replaced by `_`.
enum EnvoyStatName {
    /// Writes the series for `name` into `builder` (already reserved) and returns the kind the name implies.
    static func map(_ name: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) -> MetricKind {
        guard let first = name.first else { return generic(name, into: builder) }
        switch first {
        case UInt8(ascii: "c"):
            if ByteText.hasPrefix(name, "cluster.") {
                return cluster(name, into: builder)
            }
            if ByteText.hasSuffix(name, ";._istio_build") {
                return IstioStatName.earlyBuild(name, into: builder)
            }
        case UInt8(ascii: "l"):
            if ByteText.hasPrefix(name, "listener.") { return listener(name, into: builder) }
        case UInt8(ascii: "i"):
            if ByteText.hasPrefix(name, "istiocustom.") {
                return IstioStatName.native(name.slice(from: 12), into: builder)
            }
        case UInt8(ascii: "w"):
            if ByteText.hasPrefix(name, "wasmcustom.") {
                let body = name.slice(from: 11)
                if IstioStatName.isWasmEncoded(body) { return IstioStatName.wasm(body, into: builder) }
                return custom(body, into: builder)
            }
        case UInt8(ascii: "r"):
            if ByteText.hasPrefix(name, "reporter=.=") { return IstioStatName.wasm(name, into: builder) }
        default:
            break
        }
        return generic(name, into: builder)
    }

    /// `envoy_` + sanitized name, with response-code labels; no scope label.
    private static func generic(_ name: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) -> MetricKind {
        let start = builder.used
        builder.append("envoy_")
        builder.appendSanitized(name)
        builder.setName(from: start)
        extractResponseCode(builder)
        return EnvoyStatKind.kind(of: builder.name, scoped: false)
    }

    /// A custom stat namespace (`wasmcustom.`): the prefix is dropped and no `envoy_` is added.
    private static func custom(_ name: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) -> MetricKind {
        let start = builder.used
        builder.appendSanitized(name)
        builder.setName(from: start)
        return EnvoyStatKind.kind(of: builder.name, scoped: false)
    }

    /// `cluster.<name>.<stat>`.
    private static func cluster(_ name: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) -> MetricKind {
        let rest = name.slice(from: 8)
        let memo = builder.lastCluster
        if memo.matches(rest) {
            // Another stat of the cluster before: if this stat is known to split alone, the name is the same.
            let stat = rest.slice(from: memo.prefixCount)
            let key = EnvoyScopedNameCache.key(stat, scope: UInt8(ascii: "c"))
            if let known = builder.scopedNames.entry(for: stat, key: key), known.splitsAlone,
                !memo.endsInQualifier || !ByteText.hasPrefix(stat, "upstream_")
            {
                return reuse(known, tag: "cluster_name", value: rest.slice(upTo: memo.nameEnd), into: builder)
            }
        }
        guard let split = EnvoyClusterSplit.split(rest) else { return generic(name, into: builder) }
        memo.remember(rest, nameEnd: split.nameEnd, statStart: split.statStart)
        return scoped(
            prefix: "envoy_cluster_",
            tag: "cluster_name",
            value: rest.slice(upTo: split.nameEnd),
            stat: rest.slice(from: split.statStart),
            splitsAlone: split.splitsAlone,
            into: builder
        )
    }

    /// `listener.<address>.<stat>`. The address follows Envoy's tag regex
    /// `^listener\.(((?:[_.[:digit:]]*|[_\[\]aAbBcCdDeEfF[:digit:]]*))\.)`: an IPv4-ish run of digits, dots
    /// and `_` up to its last dot, or a hex/bracket run (`[__]_10002`) ending at a dot.
    private static func listener(_ name: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) -> MetricKind {
        let rest = name.slice(from: 9)
        var run = 0
        var lastDot = -1
        while run < rest.count {
            let byte = rest[run]
            if byte == UInt8(ascii: ".") {
                lastDot = run
            } else if byte &- UInt8(ascii: "0") >= 10 && byte != UInt8(ascii: "_") {
                break
            }
            run += 1
        }
        if lastDot <= 0 {
            lastDot = -1
            run = 0
            while run < rest.count, isBracketHexByte(rest[run]) { run += 1 }
            if run > 0, run < rest.count, rest[run] == UInt8(ascii: ".") { lastDot = run }
        }
        guard lastDot > 0, lastDot + 1 < rest.count else { return generic(name, into: builder) }
        return scoped(
            prefix: "envoy_listener_",
            tag: "listener_address",
            value: rest.slice(upTo: lastDot),
            stat: rest.slice(from: lastDot + 1),
            splitsAlone: false,
            into: builder
        )
    }

    @inline(__always)
    private static func isBracketHexByte(_ byte: UInt8) -> Bool {
        if byte &- UInt8(ascii: "0") < 10 { return true }
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
    }

    /// A stat under a cluster or listener scope.
    private static func scoped(
        prefix: StaticString,
        tag: StaticString,
        value: UnsafeBufferPointer<UInt8>,
        stat: UnsafeBufferPointer<UInt8>,
        splitsAlone: Bool,
        into builder: EnvoySeriesBuilder
    ) -> MetricKind {
        let key = EnvoyScopedNameCache.key(stat, scope: prefix.utf8Start[6])
        if let known = builder.scopedNames.entry(for: stat, key: key) {
            return reuse(known, tag: tag, value: value, into: builder)
        }
        let start = builder.used
        builder.append(prefix)
        if let certificate = certificateName(stat) {
            builder.append("ssl_certificate_expiration_unix_time_seconds")
            builder.setName(from: start)
            builder.addLabel(tag, value)
            builder.addLabel("envoy_tls_certificate", certificate)
            return .gauge
        }
        builder.appendSanitized(stat)
        builder.setName(from: start)
        let responseCode = extractResponseCode(builder)
        builder.addLabel(tag, value)
        let kind = EnvoyStatKind.kind(of: builder.name, scoped: true)
        builder.scopedNames.remember(
            stat,
            key: key,
            name: builder.written(from: start),
            seriesNameCount: builder.name.count,
            responseCode: responseCode,
            kind: kind,
            splitsAlone: splitsAlone
        )
        return kind
    }

    /// Writes the series of a scoped stat mapped before, with the scope label `tag="<value>"`.
    @inline(__always)
    private static func reuse(
        _ known: EnvoyScopedNameCache.Entry,
        tag: StaticString,
        value: UnsafeBufferPointer<UInt8>,
        into builder: EnvoySeriesBuilder
    ) -> MetricKind {
        // The remembered name is not replaced before the next stat is mapped, so it is used where it is.
        builder.setName(known.name)
        if known.responseCode != 0 {
            builder.truncateName(to: known.seriesNameCount)
            let code = known.name.slice(from: known.name.count - 3)
            builder.addLabel(known.responseCode == 1 ? "response_code" : "response_code_class", code)
        }
        builder.addLabel(tag, value)
        return known.kind
    }

    /// The `<cert>` of `ssl.certificate.<cert>.expiration_unix_time_seconds` (may hold `://` and `/`).
    @inline(__always)
    private static func certificateName(_ stat: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let head = 16  // "ssl.certificate."
        let tail = 29  // ".expiration_unix_time_seconds"
        guard stat.count > head + tail, ByteText.hasPrefix(stat, "ssl.certificate."),
            ByteText.hasSuffix(stat, ".expiration_unix_time_seconds")
        else { return nil }
        return UnsafeBufferPointer(rebasing: stat[head..<(stat.count - tail)])
    }

    /// Turns a trailing `_rq_200` into `response_code="200"` and `_rq_2xx` into `response_code_class="2xx"`
    /// (Istio's tag regexes `_rq(_(\d{3}))$` and `_rq(_(\dxx))$`).
    /// Returns 0 when there was none, 1 for `response_code`, 2 for `response_code_class`.
    @inline(__always)
    @discardableResult
    private static func extractResponseCode(_ builder: EnvoySeriesBuilder) -> UInt8 {
        let name = builder.name
        let count = name.count
        guard count > 7, name[count - 4] == UInt8(ascii: "_"), name[count - 3] &- UInt8(ascii: "0") < 10,
            ByteText.hasSuffix(UnsafeBufferPointer(rebasing: name[..<(count - 4)]), "_rq")
        else { return 0 }
        let code = UnsafeBufferPointer(rebasing: name[(count - 3)...])
        if code[1] &- UInt8(ascii: "0") < 10, code[2] &- UInt8(ascii: "0") < 10 {
            builder.truncateName(to: count - 4)
            builder.addLabel("response_code", code)
            return 1
        } else if code[1] == UInt8(ascii: "x"), code[2] == UInt8(ascii: "x") {
            builder.truncateName(to: count - 4)
            builder.addLabel("response_code_class", code)
            return 2
        }
        return 0
    }
}
