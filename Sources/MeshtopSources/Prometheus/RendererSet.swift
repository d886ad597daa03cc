import Synchronization

/// Text renderers filled from transfer threads, one per query answer being rendered.
final class RendererSet: Sendable {
    /// The renderers, by answer.
    let renderers: Mutex<[PrometheusTextRenderer]>

    /// `count` empty renderers.
    init(count: Int) { renderers = Mutex(Array(repeating: PrometheusTextRenderer(), count: count)) }
}
