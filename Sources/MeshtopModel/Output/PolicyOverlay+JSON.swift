extension PolicyOverlay {
    /// Writes `"mode"` and `"readiness"` for `namespace`; both `null` without an overlay.
    static func writeNamespace(_ namespace: String, of overlay: PolicyOverlay?, into json: inout JSONWriter) {
        guard let overlay else { return writeNulls(into: &json) }
        json.object("mode") { object in write(overlay.mode(ofNamespace: namespace), into: &object) }
        write(overlay.readiness(ofNamespace: namespace), into: &json)
    }

    /// Writes `"mode"` (with port overrides) and `"readiness"` for workload `id`; `null` without an overlay.
    static func writeWorkload(_ id: WorkloadID, of overlay: PolicyOverlay?, into json: inout JSONWriter) {
        guard let overlay else { return writeNulls(into: &json) }
        let effective = overlay.mode(of: id)
        json.object("mode") { object in
            write(effective.workload, into: &object)
            object.array("ports") { ports in
                for port in effective.ports.keys.sorted() {
                    ports.object { entry in
                        entry.integer("port", Int64(port))
                        write(effective.ports[port]!, into: &entry)
                    }
                }
            }
            object.bool("selector_match_guessed", effective.selectorMatchIsGuess)
        }
        write(overlay.readiness(of: id), into: &json)
    }

    private static func writeNulls(into json: inout JSONWriter) {
        json.string("mode", nil)
        json.string("readiness", nil)
    }

    private static func write(_ setting: EffectiveMode.Setting, into json: inout JSONWriter) {
        json.string("mode", setting.mode.rawValue)
        json.string("origin", setting.origin.description)
        json.string("policy", setting.origin.reference?.description)
    }

    private static func write(_ readiness: StrictReadiness, into json: inout JSONWriter) {
        json.object("readiness") { object in
            object.string("verdict", readiness.verdict)
            object.array("blockers") { array in
                for blocker in readiness.blockers {
                    array.object { entry in
                        entry.string("kind", blocker.kind.rawValue)
                        entry.string("source", blocker.source)
                        entry.string("destination", blocker.destination)
                        entry.integer("port", blocker.port.map(Int64.init))
                        entry.number("observations", blocker.observations)
                    }
                }
            }
        }
    }
}

extension StrictReadiness {
    /// The verdict without its blocker count: `READY`, `BLOCKED`, `NO DATA` or `ALREADY STRICT`.
    package var verdict: String {
        if case .blocked = self { return "BLOCKED" }
        return description
    }
}
