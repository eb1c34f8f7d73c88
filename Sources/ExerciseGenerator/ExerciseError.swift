import LessonFiles

/// Why exercises could not be generated.
public enum ExerciseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A generated lesson did not parse or its answer key did not verify: a bug in the generator, never shown
    /// to a student as a valid exercise.
    case unverified(id: String, problems: String)

    /// A sentence for the terminal.
    public var description: String {
        switch self {
        case .unverified(let id, let problems): return "generated exercise \(id) did not verify (a bug):\n\(problems)"
        }
    }
}
