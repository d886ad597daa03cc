/// A set of the cases of a small enum, kept as bits.
///
/// Every edge and workload carries which proxies and which sides reported it: a `Set` of two or three enum
/// cases is a heap allocation and a hash per insertion, and a large mesh holds hundreds of thousands of them.
/// Iteration follows the order of `allCases`, which may hold at most 32 cases.
package struct CaseSet<Element: CaseIterable & Equatable>: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral {
    private var bits: UInt32 = 0

    /// An empty set.
    package init() {}

    /// A set of `elements`.
    package init(arrayLiteral elements: Element...) {
        for element in elements { insert(element) }
    }

    /// Whether `element` is in the set.
    package func contains(_ element: Element) -> Bool { bits & Self.bit(element) != 0 }

    /// Adds `element`.
    package mutating func insert(_ element: Element) { bits |= Self.bit(element) }

    /// Whether the set is empty.
    package var isEmpty: Bool { bits == 0 }

    /// The number of elements.
    package var count: Int { bits.nonzeroBitCount }

    /// The elements, in the order of `allCases`.
    package func makeIterator() -> IndexingIterator<[Element]> {
        Element.allCases.filter { contains($0) }.makeIterator()
    }

    /// The bit of `element`: its position among `allCases`.
    private static func bit(_ element: Element) -> UInt32 {
        var position: UInt32 = 0
        for candidate in Element.allCases {
            if candidate == element {
                precondition(position < 32, "CaseSet holds enums of at most 32 cases")
                return 1 << position
            }
            position += 1
        }
        preconditionFailure("a case not in allCases")
    }
}
