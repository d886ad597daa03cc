import Foundation

/// Locates the policy fixtures copied into the test bundle.
enum PolicyFixtures {
    /// The bundle's `Fixtures/Policies` directory.
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Policies")

    /// The path of fixture `name`.
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}
