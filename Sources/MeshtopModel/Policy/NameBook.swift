/// Hands out object names that no object in a namespace has yet: `meshtop-strict`, then `meshtop-strict-2`, ….
struct NameBook {
    private var taken: Set<String>

    init(taken: Set<String>) { self.taken = taken }

    mutating func claim(_ base: String) -> String {
        var name = base
        var suffix = 2
        while taken.contains(name) {
            name = "\(base)-\(suffix)"
            suffix += 1
        }
        taken.insert(name)
        return name
    }
}
