import ArgumentParser
import MeshtopSources

/// A duration option's value (`--interval`, `--duration`, `--timeout`), which must be longer than zero.
enum PositiveDuration {
    /// The duration `text` gives `option`; says which is wrong: the text, or its being zero.
    static func parse(_ text: String, option: String, example: String) throws -> Duration {
        guard let duration = DurationText.duration(text) else {
            throw ValidationError("\(option) '\(text)' is not a duration such as \(example)")
        }
        guard duration > .zero else { throw ValidationError("\(option) '\(text)' must be positive") }
        return duration
    }
}
