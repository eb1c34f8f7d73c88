import LessonCode
import LessonModel
import LessonPractice
import LessonText

extension Tutor {
    /// Keys while a prompt is open: edit the text, Enter to act, Esc to cancel.
    static func promptKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        if case .resume(let phase, let step) = prompt.purpose {
            state.prompt = nil
            if key == .character("y") || key == .character("Y") || key == .enter, var player = state.player {
                player.go(phase: phase, step: step)
                state.screen = .player(player)
            }
            return []
        }
        if case .confirmOverwrite(let path) = prompt.purpose {
            state.prompt = nil
            guard key == .character("y") || key == .character("Y"), let player = state.player else {
                state.notice = .init("Export cancelled; \(path) was left as it was.")
                return []
            }
            return [.exportTranscript(ExportRequest(
                lesson: player.lesson, path: path, format: ExportRequest.format(forPath: path), overwrite: true))]
        }
        switch key {
        case .escape:
            state.prompt = nil
        case .backspace:
            prompt.text = String(prompt.text.dropLast())
            state.prompt = prompt
        case .character(let character):
            prompt.text.append(character)
            state.prompt = prompt
        case .enter:
            state.prompt = nil
            return submit(&state, prompt)
        default:
            break
        }
        return []
    }

    private static func submit(_ state: inout TutorState, _ prompt: PromptState) -> [Effect] {
        let text = prompt.text.trimmingSpaces()
        guard !text.isEmpty else {
            state.notice = .init("Nothing typed; cancelled.")
            return []
        }
        switch prompt.purpose {
        case .openFile:
            return [.loadLesson(path: text)]
        case .exportPath:
            guard let player = state.player else { return [] }
            return [.exportTranscript(ExportRequest(
                lesson: player.lesson, path: text, format: ExportRequest.format(forPath: text), overwrite: false))]
        case .confirmOverwrite, .resume:
            return []
        }
    }

    /// The result of an export: a notice, or a confirmation prompt when the file exists.
    static func exportFinished(_ state: inout TutorState, _ outcome: ExportOutcome) -> [Effect] {
        switch outcome {
        case .written(let path):
            state.notice = .init("Transcript written to \(path).")
        case .exists(let path):
            state.prompt = PromptState(purpose: .confirmOverwrite(path: path), label: "\(path) exists. Overwrite it? (y/n)")
        case .failed(let reason):
            state.notice = .init("Export failed: \(reason)", isError: true)
        }
        return []
    }
}

extension String {
    /// The string without leading or trailing spaces.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
