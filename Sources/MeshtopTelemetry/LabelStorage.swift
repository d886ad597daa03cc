/// One growable block of ``LabelView``s that a parser reuses for every sample line.
///
/// A class so the parser struct stays copyable while the memory is freed exactly once.
final class LabelStorage {
    /// The first label slot.
    private(set) var base: UnsafeMutablePointer<LabelView>
    /// How many label slots `base` holds.
    private(set) var capacity: Int

    /// Allocates room for `capacity` labels.
    init(capacity: Int = 64) {
        self.capacity = capacity
        self.base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Doubles the capacity, keeping the first `count` labels.
    @inline(never)
    func grow(keeping count: Int) {
        let larger = UnsafeMutablePointer<LabelView>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
