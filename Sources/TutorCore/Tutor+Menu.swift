extension Tutor {
    /// Keys on the menu: move, open, search with `/`, open a file with `o`, help, quit.
    static func menuKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        if state.menu.searching { return searchKey(&state, key) }
        switch key {
        case .up, .character("k"): state.menu.move(by: -1)
        case .down, .character("j"): state.menu.move(by: 1)
        case .pageUp: state.menu.move(by: -10)
        case .pageDown: state.menu.move(by: 10)
        case .home, .character("g"): state.menu.move(by: -Int.max / 2)
        case .end, .character("G"): state.menu.move(by: Int.max / 2)
        case .enter, .right, .character("l"): return openSelected(&state)
        case .character("/"): state.menu.searching = true
        case .character("o"): state.prompt = PromptState(purpose: .openFile, label: "Open lesson file:")
        case .character("?"): state.showingHelp = true
        case .character("q"): return [.quit]
        case .escape:
            if state.menu.query.isEmpty { return [.quit] }
            state.menu.setQuery("")
        default: break
        }
        return []
    }

    private static func searchKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        switch key {
        case .enter:
            state.menu.searching = false
            return openSelected(&state)
        case .escape:
            state.menu.searching = false
            state.menu.setQuery("")
        case .backspace:
            state.menu.setQuery(String(state.menu.query.dropLast()))
        case .up: state.menu.move(by: -1)
        case .down: state.menu.move(by: 1)
        case .character(let character):
            state.menu.setQuery(state.menu.query + String(character))
        default: break
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
