extension Tutor {
    /// Keys on the menu: move, open, search with `/`, open a file with `o`, help, quit.
    static func menuKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        if state.menu.searching { return searchKey(&state, key) }
        let action = KeyMaps.menu.action(for: key)
        if action != .selectNumber { state.menu.typedNumber = "" }
        guard let action else { return [] }
        switch action {
        case .previous: state.menu.move(by: -1)
        case .next: state.menu.move(by: 1)
        case .pageUp: state.menu.move(by: -10)
        case .pageDown: state.menu.move(by: 10)
        case .first: state.menu.move(by: -Int.max / 2)
        case .last: state.menu.move(by: Int.max / 2)
        case .open: return openSelected(&state)
        case .search: state.menu.searching = true
        case .openFile: state.prompt = PromptState(purpose: .openFile, label: "Open lesson file:")
        case .help: state.showingHelp = true
        case .quit: return [.quit]
        case .selectNumber:
            if let digit = key.typedCharacter { state.menu.select(typing: digit) }
        case .clearSearchOrQuit:
            if state.menu.query.isEmpty { return [.quit] }
            state.menu.setQuery("")
        }
        return []
    }

    private static func searchKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        guard let action = KeyMaps.search.action(for: key) else { return [] }
        switch action {
        case .open:
            state.menu.searching = false
            return openSelected(&state)
        case .cancel:
            state.menu.searching = false
            state.menu.setQuery("")
        case .deleteCharacter:
            state.menu.setQuery(String(state.menu.query.dropLast()))
        case .previous: state.menu.move(by: -1)
        case .next: state.menu.move(by: 1)
        case .type:
            if let character = key.typedCharacter { state.menu.setQuery(state.menu.query + String(character)) }
        }
        return []
    }

    private static func openSelected(_ state: inout TutorState) -> [Effect] {
        guard let entry = state.menu.selected, let lesson = state.menu.lessons[entry.id] else {
            state.notice = .init("No lesson matches the search.", isError: true)
            return []
        }
        return open(&state, lesson)
    }
}
