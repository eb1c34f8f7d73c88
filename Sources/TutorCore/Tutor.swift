import LessonCode
import LessonModel
import LessonPractice
import LessonText

/// The tutor's logic: `update` applies one message to the state and returns the effects to carry out.
public enum Tutor {
    /// Applies `message` to `state`; never performs I/O and never sleeps.
    public static func update(_ state: inout TutorState, _ message: Message) -> [Effect] {
        switch message {
        case .resize(let size):
            state.size = size
            return []
        case .tick(let generation):
            return tick(&state, generation: generation)
        case .key(let key):
            state.notice = nil
            return handle(&state, key: key)
        case .lessonLoaded(let path, let result):
            return lessonLoaded(&state, path: path, result: result)
        case .exportFinished(let outcome):
            return exportFinished(&state, outcome)
        case .lessonsParsed(let lessons):
            state.menu.attach(lessons)
            return []
        }
    }

    /// A key goes to the first context that is active: Ctrl-C anywhere, then a prompt, the code view, the help
    /// overlay, and the screen below them.
    private static func handle(_ state: inout TutorState, key: Key) -> [Effect] {
        if let action = KeyMaps.global.action(for: key) {
            switch action {
            case .quitAtOnce: return leaving(&state) + [.quit]
            }
        }
        if state.prompt != nil { return promptKey(&state, key) }
        if state.codeView != nil { return codeViewKey(&state, key) }
        if state.showingHelp { return helpKey(&state, key) }
        switch state.screen {
        case .menu: return menuKey(&state, key)
        case .player: return playerKey(&state, key)
        }
    }

    /// Help says any key closes it; q too (it must not quit behind the student's back).
    private static func helpKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        switch KeyMaps.help.action(for: key) {
        case .close: state.showingHelp = false
        case nil: break
        }
        return []
    }

    private static func lessonLoaded(_ state: inout TutorState, path: String, result: Result<Lesson, LessonLoadFailure>) -> [Effect] {
        switch result {
        case .success(let lesson):
            return open(&state, lesson)
        case .failure(let error):
            let firstLine = error.description.split(separator: "\n").first.map(String.init) ?? "\(error)"
            state.notice = .init(firstLine, isError: true)
            return []
        }
    }

    /// Keys in the code view: scroll, switch framework, close.
    private static func codeViewKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        guard var view = state.codeView, let action = KeyMaps.codeView.action(for: key) else { return [] }
        let page = max(1, state.size.height - 4)
        switch action {
        case .lineDown: view.scroll(by: 1)
        case .lineUp: view.scroll(by: -1)
        case .pageDown: view.scroll(by: page)
        case .pageUp: view.scroll(by: -page)
        case .top: view.scroll(by: -view.lines.count)
        case .bottom: view.scroll(by: view.lines.count)
        case .switchFramework: view.toggleFramework()
        case .close:
            state.codeView = nil
            return []
        }
        state.codeView = view
        return []
    }

    /// Opens a lesson in the player at its first step, offering to resume where it was left.
    static func open(_ state: inout TutorState, _ lesson: Lesson) -> [Effect] {
        _ = state.nextGeneration()
        state.screen = .player(PlayerState(lesson: lesson).viewing(as: state.progress[lesson.id]))
        if let saved = state.progress[lesson.id], saved.isResumable {
            state.prompt = PromptState(
                purpose: .resume(phase: saved.phase, step: saved.step),
                label: "Resume at phase \(saved.phase + 1), step \(saved.step + 1)? (y/n)")
        }
        return []
    }

    /// Records the current lesson's progress in the state and asks the runtime to save it.
    static func leaving(_ state: inout TutorState) -> [Effect] {
        guard let (id, record) = state.currentProgress else { return [] }
        state.progress[id] = record
        return [.saveProgress(id: id, record)]
    }
}
