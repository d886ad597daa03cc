/// Packs an interned (namespace, workload) pair into one dictionary key.
struct WorkloadKey: Hashable {
    var namespace: Int32
    var workload: Int32
}

/// The increases of one frame, per destination workload and namespace.
struct HistoryStep {
    let time: Int64
    let seconds: Double
    var workloads: [WorkloadKey: HistoryPoint] = [:]

    init(time: Int64, seconds: Double) {
        self.time = time
        self.seconds = seconds
    }

    /// Adds a series' increase to its workload's point.
    mutating func add(_ increase: Double, of descriptor: SeriesDescriptor, at key: WorkloadKey) {
        var point = workloads[key] ?? HistoryPoint(time: time, seconds: seconds)
        switch descriptor.role {
        case .traffic:
            guard descriptor.reporter.decidesClass else { return }
            switch descriptor.figure {
            case .requests: point.requests[descriptor.securityClass] += increase
            case .tcpConnections: point.tcpConnections[descriptor.securityClass] += increase
            case .tcpBytes: return
            }
        case .handshake:
            guard let reason = descriptor.reason, reason.isFailure else { return }
            point.handshakeFailures += increase
        case .certificate:
            return
        }
        workloads[key] = point
    }
}

/// Short rings of history points per workload and namespace, for sparklines.
struct HistoryBook {
    private(set) var workloads: [WorkloadKey: [HistoryPoint]] = [:]
    private(set) var namespaces: [Int32: [HistoryPoint]] = [:]

    /// Appends a step's points; a point at the time of the ring's last one is merged into it.
    mutating func record(_ step: HistoryStep, limit: Int) {
        var namespaceSteps: [Int32: HistoryPoint] = [:]
        for (key, point) in step.workloads {
            Self.append(point, to: &workloads[key, default: []], limit: limit)
            var total = namespaceSteps[key.namespace] ?? HistoryPoint(time: step.time, seconds: step.seconds)
            total.requests += point.requests
            total.tcpConnections += point.tcpConnections
            total.handshakeFailures += point.handshakeFailures
            namespaceSteps[key.namespace] = total
        }
        for (namespace, point) in namespaceSteps {
            Self.append(point, to: &namespaces[namespace, default: []], limit: limit)
        }
    }

    private static func append(_ point: HistoryPoint, to ring: inout [HistoryPoint], limit: Int) {
        if var last = ring.last, last.time == point.time {
            last.requests += point.requests
            last.tcpConnections += point.tcpConnections
            last.handshakeFailures += point.handshakeFailures
            ring[ring.count - 1] = last
            return
        }
        ring.append(point)
        if ring.count > max(limit, 1) { ring.removeFirst(ring.count - max(limit, 1)) }
    }
}
