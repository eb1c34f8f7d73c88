/// The two ways a student opens the full-screen tutor, recognised without swift-argument-parser: building its
/// model of the commands by reflection, and checking every invocation for a completion-script request, costs
/// more than drawing the first frame. Anything else — an option, `--help`, a mistake — goes to the parser, which
/// gives exactly the same result for these two forms (a test holds it to that).
enum QuickLaunch: Equatable {
    /// `cnn-tutor`: the menu of built-in lessons.
    case menu
    /// `cnn-tutor play LESSON`: one lesson, no options.
    case play(lesson: String)

    /// The quick form of `arguments` (without the program's name), or nil when the parser must read them.
    init?(_ arguments: [String]) {
        switch arguments.count {
        case 0:
            self = .menu
        case 2 where arguments[0] == PlayCommand.configuration.commandName && !arguments[1].hasPrefix("-"):
            self = .play(lesson: arguments[1])
        default:
            return nil
        }
    }

    /// Opens the tutor as the parsed command would.
    func open() throws {
        switch self {
        case .menu:
            try MenuCommand.open(display: Display())
        case .play(let lesson):
            try PlayCommand.open(lesson, practice: nil, display: Display())
        }
    }
}
