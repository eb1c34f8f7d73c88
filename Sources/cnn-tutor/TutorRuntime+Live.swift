import AtomicFiles
import LessonExport
import LessonFiles
import LessonModel
import LessonText
import TutorCore
import TutorProgress
import TutorRuntime

extension TutorRuntime.Handlers {
    /// The real world: lesson files from disk, transcripts written atomically in `glyphs`, progress in `store`,
    /// the built-in lessons parsed for the menu.
    static func live(progressStore store: ProgressStore, glyphs: Glyphs) -> Self {
        Self(
            loadLesson: { LessonLoading.library.load($0).mapError { LessonLoadFailure($0.description) } },
            exportTranscript: { export($0, glyphs: glyphs) },
            saveProgress: { try store.save(id: $0, record: $1) },
            parseMenuLessons: { BuiltinLessons.all() })
    }

    /// Writes the transcript a request asks for, refusing to replace a file unless asked to.
    private static func export(_ request: ExportRequest, glyphs: Glyphs) -> ExportOutcome {
        let text = Transcript(lesson: request.lesson, glyphs: glyphs).render(request.format)
        do {
            try AtomicFile.write(text, to: request.path, overwrite: request.overwrite)
            return .written(request.path)
        } catch .exists(let path) {
            return .exists(path)
        } catch {
            return .failed("\(error)")
        }
    }
}
