extension PromptState.Purpose {
    /// The keys of a yes/no question; nil for prompts that take typed text (`KeyMaps.textPrompt`).
    var questionKeys: KeyMap<QuestionAction>? {
        switch self {
        case .confirmOverwrite: return KeyMaps.overwritePrompt
        case .resume: return KeyMaps.resumePrompt
        case .exportPath, .openFile: return nil
        }
    }
}

extension PromptState {
    /// The prompt's hint line: what Enter and Esc, or y and any other key, do.
    public var keyHints: [KeyHint] {
        purpose.questionKeys?.hints() ?? KeyMaps.textPrompt.hints()
    }
}

extension TutorState {
    /// The line under an open path prompt: the last attempt's problem, else where the file will go (`~` and the
    /// working folder resolved); nil for other prompts.
    public var promptDetail: String? {
        guard let prompt else { return nil }
        if let problem = prompt.problem { return problem }
        let text = prompt.text.trimmingSpaces()
        guard !text.isEmpty else { return nil }
        switch prompt.purpose {
        case .exportPath:
            return paths.folder(of: text).map { "Goes to the folder \($0)" }
        case .openFile:
            return paths.folder(of: text).map { "Looks in the folder \($0)" }
        case .confirmOverwrite, .resume:
            return nil
        }
    }
}
