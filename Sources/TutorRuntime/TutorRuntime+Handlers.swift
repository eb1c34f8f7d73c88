import LessonModel
import TutorCore

extension TutorRuntime {
    /// The outside world, supplied by whoever runs the loop: the binary reads files and writes transcripts and
    /// progress; tests record requests and answer from a script. The loop itself does no I/O but the terminal's.
    public struct Handlers {
        /// Reads and parses the lesson file at a path (`Effect.loadLesson`).
        public var loadLesson: (String) -> Result<Lesson, LessonLoadFailure>
        /// Writes a transcript (`Effect.exportTranscript`).
        public var exportTranscript: (ExportRequest) -> ExportOutcome
        /// Saves a lesson's progress (`Effect.saveProgress`, and before ending on a signal); errors are kept in
        /// `saveProblems`.
        public var saveProgress: (String, LessonProgress) throws -> Void
        /// Parses the lessons of a menu that was drawn from ids and titles alone, after the first frame.
        public var parseMenuLessons: () -> [Lesson]

        /// Handlers made of these closures.
        public init(
            loadLesson: @escaping (String) -> Result<Lesson, LessonLoadFailure>,
            exportTranscript: @escaping (ExportRequest) -> ExportOutcome,
            saveProgress: @escaping (String, LessonProgress) throws -> Void,
            parseMenuLessons: @escaping () -> [Lesson]
        ) {
            self.loadLesson = loadLesson
            self.exportTranscript = exportTranscript
            self.saveProgress = saveProgress
            self.parseMenuLessons = parseMenuLessons
        }
    }
}
