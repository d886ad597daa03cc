/// Decodes the three raw `/stats` encodings of Istio's standard metrics into `istio_*` series with labels.
///
/// * Native filter (Istio >= 1.16): `istiocustom.<metric>.<tag>.<value>.<tag>.<value>…` with the tags in a
///   fixed order and empty values left out (`grpc_response_status.response_flags.-`). Values hold dots and
///   `://`, so the name is walked with the known tag list: a value runs up to `.<next tag>.`.
/// * Wasm plugin: `[wasmcustom.]key=.=value;.;key=.=value;.;…;.;[_]<metric>`; empty values are kept as `""`.
/// * Early build info: `component.proxy.tag.1.7.1;._istio_build`.
enum IstioStatName {
    /// Tag order of the native filter for the standard metrics (telemetry-formats §3.2).
    static let standardTags: [StaticString] = [
        "reporter", "source_workload", "source_canonical_service", "source_canonical_revision",
        "source_workload_namespace", "source_principal", "source_app", "source_version", "source_cluster",
        "destination_workload", "destination_workload_namespace", "destination_principal", "destination_app",
        "destination_version", "destination_service", "destination_canonical_service",
        "destination_canonical_revision", "destination_service_name", "destination_service_namespace",
        "destination_cluster", "request_protocol", "response_code", "grpc_response_status", "response_flags",
        "connection_security_policy",
    ]

    /// Tags of `istio_build`.
    static let buildTags: [StaticString] = ["component", "tag"]

    /// `istiocustom.` has been dropped from `rest`.
    static func native(_ rest: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) -> MetricKind {
        var end = 0
        while end < rest.count, rest[end] != UInt8(ascii: ".") { end += 1 }
        let metric = rest.slice(upTo: end)
        let start = builder.used
        builder.appendSanitized(metric)
        builder.setName(from: start)
        if end + 1 < rest.count {
            let tags = ByteText.equal(metric, "istio_build") ? buildTags : standardTags
            walk(rest.slice(from: end + 1), tags: tags, into: builder)
        }
        return kind(of: builder.name)
    }

    /// Whether `body` (after `wasmcustom.`) holds `key=.=value` elements.
    static func isWasmEncoded(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < body.count {
            if body[index] == UInt8(ascii: "="), body[index + 1] == UInt8(ascii: "."),
                body[index + 2] == UInt8(ascii: "=")
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// `key=.=value;.;…;.;[_]metric`, with any `wasmcustom.` already dropped.
    static func wasm(_ body: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) -> MetricKind {
        var elementStart = 0
        var index = 0
        while index + 2 < body.count {
            if body[index] == UInt8(ascii: ";"), body[index + 1] == UInt8(ascii: "."),
                body[index + 2] == UInt8(ascii: ";")
            {
                addPair(UnsafeBufferPointer(rebasing: body[elementStart..<index]), into: builder)
                index += 3
                elementStart = index
            } else {
                index += 1
            }
        }
        var metric = body.slice(from: elementStart)
        if metric.first == UInt8(ascii: "_") { metric = metric.slice(from: 1) }
        let start = builder.used
        builder.appendSanitized(metric)
        builder.setName(from: start)
        return kind(of: builder.name)
    }

    /// `component.<c>.tag.<t>;._istio_build`.
    static func earlyBuild(_ name: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) -> MetricKind {
        let start = builder.used
        builder.append("istio_build")
        builder.setName(from: start)
        walk(name.slice(upTo: name.count - 14), tags: buildTags, into: builder)
        return .gauge
    }

    private static func kind(of name: UnsafeBufferPointer<UInt8>) -> MetricKind {
        if ByteText.equal(name, "istio_build") { return .gauge }
        return ByteText.hasSuffix(name, "_total") ? .counter : .untyped
    }

    /// One `key=.=value` element; anything else is ignored.
    private static func addPair(_ element: UnsafeBufferPointer<UInt8>, into builder: EnvoySeriesBuilder) {
        var index = 0
        while index + 2 < element.count {
            if element[index] == UInt8(ascii: "="), element[index + 1] == UInt8(ascii: "."),
                element[index + 2] == UInt8(ascii: "=")
            {
                guard index > 0 else { return }
                builder.addLabel(element.slice(upTo: index), element.slice(from: index + 3))
                return
            }
            index += 1
        }
    }

    /// Walks `text` (`tag.value.tag.value…`) with the tags expected in `tags`' order; tags missing altogether
    /// are skipped, tags present with no value get `""`.
    private static func walk(_ text: UnsafeBufferPointer<UInt8>, tags: [StaticString], into builder: EnvoySeriesBuilder)
    {
        var position = 0
        var tagIndex = 0
        while tagIndex < tags.count, position < text.count {
            let tag = EnvoySeriesBuilder.literal(tags[tagIndex])
            guard startsTag(text, at: position, tag) else {
                tagIndex += 1
                continue
            }
            let valueStart = min(position + tag.count + 1, text.count)
            var valueEnd = text.count
            var next = (position: text.count, tag: tags.count)
            for candidate in (tagIndex + 1)..<tags.count {
                let candidateTag = EnvoySeriesBuilder.literal(tags[candidate])
                if let found = find(candidateTag, in: text, from: valueStart) {
                    valueEnd = found == valueStart ? valueStart : found - 1
                    next = (found, candidate)
                    break
                }
            }
            builder.addLabel(tag, UnsafeBufferPointer(rebasing: text[valueStart..<valueEnd]))
            position = next.position
            tagIndex = next.tag
        }
    }

    /// Whether `tag` starts at `position`, followed by a dot or the end.
    @inline(__always)
    private static func startsTag(
        _ text: UnsafeBufferPointer<UInt8>,
        at position: Int,
        _ tag: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let end = position + tag.count
        guard end <= text.count, ByteText.equal(UnsafeBufferPointer(rebasing: text[position..<end]), tag) else {
            return false
        }
        return end == text.count || text[end] == UInt8(ascii: ".")
    }

    /// Where `tag` starts: at `start` itself (the previous value was empty) or right after a dot.
    private static func find(_ tag: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int)
        -> Int?
    {
        if startsTag(text, at: start, tag) { return start }
        var index = start
        while index < text.count {
            if text[index] == UInt8(ascii: "."), startsTag(text, at: index + 1, tag) { return index + 1 }
            index += 1
        }
        return nil
    }
}
