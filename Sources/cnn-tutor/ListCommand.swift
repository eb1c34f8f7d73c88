import ArgumentParser
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText

/// `cnn-tutor list`: the built-in lessons in teaching order.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the built-in lessons: id, kind, size and title.")

    mutating func run() throws {
        let lessons = BuiltinLessons.all()
        let idWidth = lessons.map(\.id.count).max() ?? 2, kindWidth = lessons.map(\.kind.count).max() ?? 4
        for lesson in lessons {
            let id = lesson.id.padding(idWidth), kind = lesson.kind.padding(kindWidth)
            print("\(id)  \(kind)  \(lesson.title)")
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
