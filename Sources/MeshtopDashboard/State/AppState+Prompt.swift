import MeshtopModel

extension AppState {
    /// Edits the open prompt: typing, Backspace, Enter to apply, Esc to cancel.
    mutating func edit(_ key: Key) {
        guard let open = prompt else { return }
        switch key {
        case .escape:
            prompt = nil
            commandHistoryPosition = nil
        case .enter:
            prompt = nil
            commandHistoryPosition = nil
            submit(open)
        case .up, .down:
            guard case .command = open else { break }
            recallCommand(older: key == .up)
        case .tab:
            guard case .command(let text) = open else { break }
            complete(text)
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
            let trimmed = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            if !trimmed.isEmpty, commandHistory.last != trimmed {
                commandHistory.append(trimmed)
                if commandHistory.count > 100 { commandHistory.removeFirst() }
            }
            run(command: line)
        case .goToTime(let text):
            if !text.isEmpty { requests.append(.time(.goTo(text))) }
        }
    }

    /// Shows the previous (`older`) or next command line of the history in the prompt; past the newest, an
    /// empty line.
    private mutating func recallCommand(older: Bool) {
        guard !commandHistory.isEmpty else { return message = StatusMessage("no earlier commands") }
        let position: Int?
        switch (commandHistoryPosition, older) {
        case (nil, true): position = commandHistory.count - 1
        case (nil, false): position = nil
        case (let current?, true): position = max(0, current - 1)
        case (let current?, false): position = current + 1 < commandHistory.count ? current + 1 : nil
        }
        commandHistoryPosition = position
        prompt = .command(position.map { commandHistory[$0] } ?? "")
    }

    /// Completes the command line with Tab: command words, then namespaces for `:ns`, workloads for `:wl`,
    /// horizons for `:horizon`; several matches complete their common prefix and are listed.
    private mutating func complete(_ text: String) {
        let completion = CommandCompletion(
            commands: keyMap.bindings.map(\.command) + CommandCompletion.argumentCommands,
            namespaces: model.namespaces.map(\.name),
            workloads: model.workloads.map(\.id.description),
            horizons: CertificateHorizon.allCases.map(\.label)
        )
        let result = completion.complete(text)
        prompt = .command(result.text)
        if result.candidates.count > 1 {
            let shown = result.candidates.prefix(8).joined(separator: " ")
            message = StatusMessage(shown + (result.candidates.count > 8 ? " …" : ""))
        } else if result.candidates.isEmpty {
            message = StatusMessage("nothing to complete")
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
