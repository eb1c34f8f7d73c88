import ArgumentParser
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText
import TutorCore
import TutorProgress

/// `cnn-tutor progress`: what has been done, and resetting it.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show saved progress (last step, completed, best practice score), or reset it.",
        discussion: "Progress is kept in $XDG_STATE_HOME/cnn-tutor/progress.json (default ~/.local/state/cnn-tutor/).")

    @Flag(help: "Forget saved progress: of LESSON if given, else of every lesson.")
    var reset = false

    @Argument(help: "A lesson id (with --reset).")
    var lesson: String?

    mutating func run() throws {
        let store = InteractiveSession.progressStore
        if reset {
            do {
                try store.reset(id: lesson)
            } catch {
                Console.error("cnn-tutor: cannot reset progress in \(store.filePath): \(error)")
                throw ExitCode(1)
            }
            Console.write(lesson.map { "Progress of \($0) reset.\n" } ?? "All progress reset.\n")
            return
        }
        guard lesson == nil else { throw ValidationError("a LESSON is only used with --reset") }
        let (progress, warning) = store.load()
        if let warning { Console.error(warning) }
        let ids = BuiltinLessons.ids + progress.keys.filter { !BuiltinLessons.ids.contains($0) }.sorted()
        let width = ids.map(\.count).max() ?? 0
        for id in ids {
            Console.write(id.padding(width) + "  " + Self.describe(progress[id]) + "\n")
        }
    }

    /// `completed, best practice 12/16` or `at phase 2, step 5` or `not started`.
    static func describe(_ record: LessonProgress?) -> String {
        guard let record else { return "not started" }
        var text = record.completed ? "completed" : "at phase \(record.phase + 1), step \(record.step + 1)"
        if let score = record.bestScore { text += ", best practice \(score.correct)/\(score.asked)" }
        return text
    }
}
