import MeshtopModel

extension HistoryPoint {
    /// Plaintext requests and connections during the step: one point of a plaintext sparkline.
    package var plaintext: Double { requests.plaintext + tcpConnections.plaintext }
}
