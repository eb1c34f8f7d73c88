import LessonCode
import LessonModel
import LessonPractice
import LessonText

/// The code view overlay: the lesson as a NumPy or PyTorch program, scrolled by the student.
public struct CodeViewState: Sendable, Equatable {
    /// Which framework is shown.
    public enum Framework: String, Sendable, Equatable {
        /// NumPy with explicit loops.
        case numpy = "NumPy"
        /// PyTorch.
        case pytorch = "PyTorch"
    }

    /// The framework shown.
    public private(set) var framework: Framework
    /// The program's lines.
    public private(set) var lines: [String]
    /// The first line shown.
    public private(set) var top = 0
    private let lesson: Lesson

    /// The NumPy program of `lesson`.
    public init(lesson: Lesson) {
        self.lesson = lesson
        self.framework = .numpy
        self.lines = Self.lines(lesson, .numpy)
    }

    /// Compares what is shown.
    public static func == (lhs: CodeViewState, rhs: CodeViewState) -> Bool {
        lhs.framework == rhs.framework && lhs.top == rhs.top && lhs.lines == rhs.lines
    }

    /// Switches between NumPy and PyTorch, back at the top.
    public mutating func toggleFramework() {
        framework = framework == .numpy ? .pytorch : .numpy
        lines = Self.lines(lesson, framework)
        top = 0
    }

    /// Scrolls by `delta` lines, clamped to the program.
    public mutating func scroll(by delta: Int) {
        top = min(max(top + delta, 0), max(lines.count - 1, 0))
    }

    private static func lines(_ lesson: Lesson, _ framework: Framework) -> [String] {
        let text = framework == .numpy ? CodeSnippet.numpy(lesson) : CodeSnippet.pytorch(lesson)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
