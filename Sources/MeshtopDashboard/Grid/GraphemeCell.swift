/// One grapheme cluster as a grid cell holds it: whole, never split across cells, bounded in size, and cut
/// to what every terminal draws in the columns the grid gives it.
///
/// A ZWJ sequence (👨‍👩‍👧) or a skin-tone modifier is drawn as one glyph by some terminals and as all its
/// parts by others, so the columns it takes cannot be known: only its first emoji, whose width every
/// terminal agrees on, is kept. Combining marks stay on their base, at most ``maximumScalars`` scalars in
/// all, so a stack of hundreds costs a cell no more than a few.
package enum GraphemeCell {
    /// The most scalars one cell keeps of a cluster: its base and a few marks.
    package static let maximumScalars = 4

    /// The scalars of `character` that a cell shows.
    package static func kept(_ character: Character) -> String.UnicodeScalarView {
        let scalars = character.unicodeScalars
        guard scalars.count > 1, let first = scalars.first else { return scalars }
        var kept = String.UnicodeScalarView()
        kept.append(first)
        var previous = first
        for scalar in scalars.dropFirst() {
            guard kept.count < maximumScalars else { break }
            let value = scalar.value
            // A flag is a pair of regional indicators: two columns everywhere.
            if isRegionalIndicator(previous), isRegionalIndicator(scalar), kept.count == 1 {
                kept.append(scalar)
                previous = scalar
                continue
            }
            // A joiner, or an emoji modifier, starts a part whose width terminals disagree on.
            if value == 0x200D || (0x1F3FB...0x1F3FF).contains(value) { break }
            guard DisplayWidth.of(scalar) == 0 else { break }
            kept.append(scalar)
            previous = scalar
        }
        return kept
    }

    /// The symbol a cell stores for `character`.
    package static func symbol(_ character: Character) -> String {
        let scalars = character.unicodeScalars
        return scalars.count == 1 ? String(character) : String(kept(character))
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
