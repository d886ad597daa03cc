import Testing

@testable import MeshtopModel

/// What a report holds per series and per edge stays small: on a mesh of millions of distinct edges these
/// sizes are most of its memory (see the edge-memory benchmark for the whole figure).
@Suite struct SnapshotMemoryTests {
    @Test func anEdgeBeingSummedHoldsOneSetOfFigures() {
        // Four sets of class counts (destination- and caller-reported figures and rates) took 464 bytes.
        #expect(MemoryLayout<EdgePart>.stride <= 160)
    }

    @Test func edgesBeingSummedAndFinishedHoldNoReferences() {
        // Edge values, each holding strings and an evidence array, cost a third of a windowed snapshot in
        // reference counts: the parts and rows a tick makes for every edge must stay plain data.
        #expect(_isPOD(EdgePart.self))
        #expect(_isPOD(EvidencePick.self))
        #expect(_isPOD(EdgeList.Row.self))
    }

    @Test func aSeriesStateHoldsNoOptionalTimes() {
        // Two optional times took 64 bytes a series.
        #expect(MemoryLayout<SeriesState>.stride <= 56)
    }

    @Test func aWorkloadBeingSummedHoldsCallerTrafficAsThreeNumbers() {
        // Caller-reported traffic and rates as full class counts took over 300 bytes.
        #expect(MemoryLayout<WorkloadPart>.stride <= 280)
    }
}
