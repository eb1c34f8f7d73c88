import LessonCode
import LessonModel
import LessonPractice
import LessonText

extension Tutor {
    /// Keys while a prompt is open: y/n for a question; for typed text, edit it, Enter to act, Esc to cancel.
    static func promptKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        if let question = prompt.purpose.questionKeys {
            state.prompt = nil
            return answer(&state, prompt.purpose, yes: question.action(for: key) == .yes)
        }
        switch KeyMaps.textPrompt.action(for: key) {
        case .cancel:
            state.prompt = nil
        case .deleteCharacter:
            prompt.text = String(prompt.text.dropLast())
            state.prompt = prompt
        case .type:
            if let character = key.typedCharacter { prompt.text.append(character) }
            state.prompt = prompt
        case .submit:
            state.prompt = nil
            return submit(&state, prompt)
        case nil:
            break
        }
        return []
    }

    /// A yes/no question answered: resume where the lesson was left, or replace the export file.
    private static func answer(_ state: inout TutorState, _ purpose: PromptState.Purpose, yes: Bool) -> [Effect] {
        switch purpose {
        case .resume(let phase, let step):
            if yes, var player = state.player {
                player.go(phase: phase, step: step)
                state.screen = .player(player)
            }
            return []
        case .confirmOverwrite(let path):
            guard yes, let player = state.player else {
                state.notice = .init("Export cancelled; \(path) was left as it was.")
                return []
            }
            return [
                .exportTranscript(
                    ExportRequest(
                        lesson: player.lesson, path: path, format: ExportRequest.format(forPath: path), overwrite: true))
            ]
        case .exportPath, .openFile:
            return []
        }
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
            return [
                .exportTranscript(
                    ExportRequest(
                        lesson: player.lesson, path: text, format: ExportRequest.format(forPath: text), overwrite: false))
            ]
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
