/// Every key the tutor knows, per context: the one table `Tutor.update` dispatches through and the help overlay
/// and hint lines are generated from.
public enum KeyMaps {
    /// Keys that work everywhere, looked at before any other map.
    public static let global = KeyMap<GlobalAction>([
        KeyBinding([.control("c")], .quitAtOnce, help: "quit at once")
    ])

    /// The lesson menu.
    public static let menu = KeyMap<MenuAction>([
        KeyBinding([.up, .character("k")], .previous, help: "choose a lesson", hint: "choose"),
        KeyBinding([.down, .character("j")], .next, help: "choose a lesson", hint: "choose"),
        KeyBinding([.pageUp], .pageUp, help: "page up / down"),
        KeyBinding([.pageDown], .pageDown, help: "page up / down"),
        KeyBinding([.character("g"), .home], .first, help: "first / last lesson"),
        KeyBinding([.character("G"), .end], .last, help: "first / last lesson"),
        KeyBinding([.enter, .right, .character("l")], .open, help: "open the lesson", hint: "open"),
        KeyBinding([.character("/")], .search, help: "search: type words, Enter opens, Esc clears", hint: "search"),
        KeyBinding([.character("o")], .openFile, help: "open a lesson file by its path", hint: "open file"),
        KeyBinding([.character("?")], .help, help: "this help", hint: "help"),
        KeyBinding([.character("q")], .quit, help: "quit", hint: "quit"),
        KeyBinding([.escape], .clearSearchOrQuit, help: "clear the search, or quit"),
    ])

    /// The menu while a search is typed.
    public static let search = KeyMap<SearchAction>([
        KeyBinding(.anyCharacter, .type, help: "add to the search", hint: "to filter"),
        KeyBinding([.enter], .open, help: "open the selected lesson", hint: "open"),
        KeyBinding([.escape], .cancel, help: "clear the search", hint: "clear"),
        KeyBinding([.backspace], .deleteCharacter, help: "delete the last character"),
        KeyBinding([.up], .previous, help: "choose a lesson"),
        KeyBinding([.down], .next, help: "choose a lesson"),
    ])

    /// The lesson player.
    public static let player = KeyMap<PlayerAction>([
        KeyBinding([.left, .character("h"), .backspace], .previousStep, help: "previous step", hint: "back"),
        KeyBinding(
            [.right, .character("l"), .character(" ")], .nextStep, help: "next step (finishes an animated step first)",
            hint: "next"),
        KeyBinding([.character("g"), .home], .firstStep, help: "first / last step of the phase"),
        KeyBinding([.character("G"), .end], .lastStep, help: "first / last step of the phase"),
        KeyBinding([.character("["), .character("N"), .pageUp, .backTab], .previousPhase, help: "previous phase", hint: "phase"),
        KeyBinding([.character("]"), .character("n"), .pageDown, .tab], .nextPhase, help: "next phase", hint: "phase"),
        KeyBinding([.character("p"), .enter], .playPause, help: "play / pause the animation", hint: "play"),
        KeyBinding([.character("+"), .character("=")], .faster, help: "faster / slower", hint: "speed"),
        KeyBinding([.character("-"), .character("_")], .slower, help: "faster / slower", hint: "speed"),
        KeyBinding([.character("c")], .nextChannel, help: "show the next channel or filter"),
        KeyBinding([.character("t")], .togglePractice, help: "practice: type each value before it is shown"),
        KeyBinding(
            [.character("i")], .togglePicture, help: "numbers / pictures in every panel (remembered per lesson)", hint: "picture"),
        KeyBinding([.character("z")], .zoomPicture, help: "pictures: fit the panel / one pixel per half cell"),
        KeyBinding([.character("H")], .panPicture(.left), help: "pictures at 1:1: pan left / down / up / right"),
        KeyBinding([.character("J")], .panPicture(.down), help: "pictures at 1:1: pan left / down / up / right"),
        KeyBinding([.character("K")], .panPicture(.up), help: "pictures at 1:1: pan left / down / up / right"),
        KeyBinding([.character("L")], .panPicture(.right), help: "pictures at 1:1: pan left / down / up / right"),
        KeyBinding([.character("e")], .export, help: "export the transcript to a file"),
        KeyBinding([.character("v")], .showCode, help: "the lesson as NumPy / PyTorch code"),
        KeyBinding([.character("?")], .help, help: "this help", hint: "help"),
        KeyBinding([.character("q"), .escape], .back, help: "back to the menu (quit from the menu)", hint: "menu"),
    ])

    /// The practice answer box, looked at before the player's keys while a question waits.
    public static let answer = KeyMap<AnswerAction>([
        KeyBinding(.numberCharacter, .type, help: "type the value"),
        KeyBinding([.backspace], .deleteCharacter, help: "delete the last character"),
        KeyBinding([.enter], .check, help: "check the answer", hint: "checks"),
    ])

    /// The code view.
    public static let codeView = KeyMap<CodeViewAction>([
        KeyBinding([.up, .character("k")], .lineUp, help: "scroll a line", hint: "scroll"),
        KeyBinding([.down, .character("j"), .enter], .lineDown, help: "scroll a line", hint: "scroll"),
        KeyBinding([.pageUp], .pageUp, help: "scroll a page"),
        KeyBinding([.pageDown, .character(" ")], .pageDown, help: "scroll a page"),
        KeyBinding([.home, .character("g")], .top, help: "first / last lines"),
        KeyBinding([.end, .character("G")], .bottom, help: "first / last lines"),
        KeyBinding([.character("v")], .switchFramework, help: "switch between NumPy and PyTorch", hint: "other framework"),
        KeyBinding([.character("q"), .escape], .close, help: "close the code view", hint: "close"),
    ])

    /// A prompt for a path (export, open a file).
    public static let textPrompt = KeyMap<TextPromptAction>([
        KeyBinding(.anyCharacter, .type, help: "type the text"),
        KeyBinding([.backspace], .deleteCharacter, help: "delete the last character"),
        KeyBinding([.enter], .submit, help: "confirm", hint: "confirms"),
        KeyBinding([.escape], .cancel, help: "cancel", hint: "cancels"),
    ])

    /// Whether to replace an existing export file.
    public static let overwritePrompt = KeyMap<QuestionAction>([
        KeyBinding([.character("y"), .character("Y")], .yes, help: "replace the file", hint: "replaces the file"),
        KeyBinding(.anyKey, .no, help: "keep the file", hint: "keeps it"),
    ])

    /// Whether to resume a lesson where it was left.
    public static let resumePrompt = KeyMap<QuestionAction>([
        KeyBinding([.character("y"), .character("Y"), .enter], .yes, help: "resume", hint: "resumes"),
        KeyBinding(.anyKey, .no, help: "start at the beginning", hint: "starts at the beginning"),
    ])

    /// The help overlay.
    public static let help = KeyMap<HelpAction>([
        KeyBinding(.anyKey, .close, help: "close the help", hint: "closes")
    ])
}
