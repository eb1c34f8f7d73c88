import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText
import TutorCore

extension MenuState {
    /// The built-in lessons by id and title, without parsing them: the runtime parses them after the first frame.
    static var builtin: MenuState {
        MenuState(entries: BuiltinLessons.entries.map { MenuState.Entry(id: $0.id, title: $0.quickTitle) })
    }
}
