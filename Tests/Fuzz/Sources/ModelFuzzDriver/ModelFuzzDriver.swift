import MeshtopDashboard
import MeshtopModel
import MeshtopTelemetry

/// Runs one fuzz input through the mesh model, its snapshot, the text and JSON reports and the dashboard's
/// view model, the way `meshtop report A B` and a replay do.
///
/// The input's first byte picks the parser's chunk size and the gap between the two frames; the rest is
/// split at its first `\n\n\n` into the first frame's text and the second's (without a separator, both
/// frames are the whole text), so counters rise, reset and appear between the frames and rates are taken.
package func fuzzModel(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let control = data[0]
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let (first, second) = frames(of: body)
    let start: Int64 = 1_700_000_000_000
    let gap = Int64(control >> 4) * 7_500 + 1
    let model = MeshModel()
    add(first, at: start, chunkSize: Int(control % 16) + 1, to: model)
    add(second, at: start + gap, chunkSize: Int(control % 16) + 1, to: model)
    var checksum = 0
    for snapshot in [model.snapshot(), model.snapshot(at: .max), model.snapshot(at: .min)] {
        checksum &+= snapshot.textReport().utf8.count
        snapshot.writeJSON { checksum &+= $0.count }
        let view = DashboardModel(snapshot: snapshot)
        checksum &+= view.workloads.count &+ view.certificates.count &+ view.alerts.count
    }
    withExtendedLifetime(checksum) {}
    return 0
}

private func frames(of body: [UInt8]) -> ([UInt8], [UInt8]) {
    let separator: [UInt8] = [0x0A, 0x0A, 0x0A]
    guard body.count >= 3 else { return (body, body) }
    for index in 0...(body.count - 3) where body[index..<index + 3].elementsEqual(separator) {
        return (Array(body[..<index]), Array(body[(index + 3)...]))
    }
    return (body, body)
}

private func add(_ text: [UInt8], at time: Int64, chunkSize: Int, to model: MeshModel) {
    var accumulator = model.makeAccumulator(source: "fuzz", scrapeTime: time)
    var parser = TelemetryParser(options: ParseOptions(maxLineLength: 4096))
    text.withUnsafeBytes { all in
        var offset = 0
        while offset < all.count {
            let end = min(offset + chunkSize, all.count)
            parser.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]), into: &accumulator)
            offset = end
        }
    }
    parser.finish(into: &accumulator)
    model.add(accumulator.frame)
}
