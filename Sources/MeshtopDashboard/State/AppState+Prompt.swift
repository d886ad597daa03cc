import MeshtopModel

extension AppState {
    /// Edits the open prompt: typing, Backspace, Enter to apply, Esc to cancel.
    mutating func edit(_ key: Key) {
        guard let open = prompt else { return }
        switch key {
        case .escape:
            prompt = nil
        case .enter:
            prompt = nil
            submit(open)
        case .backspace, .delete:
            if open.text.isEmpty {
                prompt = nil
            } else {
                prompt = open.with(text: String(open.text.dropLast()))
            }
        case .control("u"):
            prompt = open.with(text: "")
        case .character(let character):
            prompt = open.with(text: open.text + String(character))
            if case .filter(let typed) = prompt { applyFilter(typed) }
        default:
            break
        }
    }

    private mutating func submit(_ submitted: Prompt) {
        switch submitted {
        case .filter(let typed):
            applyFilter(typed)
        case .command(let line):
            run(command: line)
        case .goToTime(let text):
            if !text.isEmpty { requests.append(.time(.goTo(text))) }
        }
    }

    /// Sets the filter as typed so far (live, like k9s) and keeps the selection in range.
    private mutating func applyFilter(_ typed: String) {
        filter = RowFilter(typed: typed)
        clampCursor()
        if let problem = rows().filterProblem { message = StatusMessage(problem, isError: true) }
    }

    /// Runs a `:` command line such as `ns payments`, `theme light`, `horizon 30d` or `q`.
    package mutating func run(command line: String) {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let word = words.first?.lowercased() else { return }
        let argument = words.dropFirst().joined(separator: " ")
        switch (word, argument.isEmpty) {
        case ("ns", false), ("namespace", false):
            guard model.namespaces.contains(where: { $0.name == argument }) else {
                return message = StatusMessage("no namespace '\(argument)'", isError: true)
            }
            go(to: .namespace(argument))
        case ("wl", false), ("workload", false):
            let parts = argument.split(separator: "/", maxSplits: 1).map(String.init)
            let id = parts.count == 2 ? WorkloadID(namespace: parts[0], name: parts[1]) : nil
            guard let id, model.workloads.contains(where: { $0.id == id }) else {
                return message = StatusMessage("no workload '\(argument)' (use :wl NAMESPACE/NAME)", isError: true)
            }
            go(to: .workload(id))
        case ("theme", false):
            requests.append(.theme(argument))
        case ("theme", true):
            message = StatusMessage("theme \(themeName); :theme NAME|PATH to change")
        case ("horizon", false):
            guard let chosen = CertificateHorizon.allCases.first(where: { $0.label == argument.lowercased() }) else {
                return message = StatusMessage("horizon must be 24h, 7d, 30d or 1y", isError: true)
            }
            horizon = chosen
        case ("filter", _):
            filter = RowFilter(typed: argument)
            clampCursor()
        case ("goto", false):
            requests.append(.time(.goTo(argument)))
        case ("quit", _), ("q", _), ("q!", _):
            shouldQuit = true
        default:
            guard argument.isEmpty, let action = keyMap.action(forCommand: word) else {
                return message = StatusMessage("unknown command ':\(line)' (? lists commands)", isError: true)
            }
            perform(action)
        }
    }
}
