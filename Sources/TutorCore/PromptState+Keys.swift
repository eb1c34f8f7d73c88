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
