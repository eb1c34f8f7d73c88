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
    /// The first column shown (long lines scroll sideways).
    public private(set) var left = 0
    private let lesson: Lesson

    /// The NumPy program of `lesson`.
    public init(lesson: Lesson) {
        self.lesson = lesson
        self.framework = .numpy
        self.lines = Self.lines(lesson, .numpy)
    }

    /// Compares what is shown.
    public static func == (lhs: CodeViewState, rhs: CodeViewState) -> Bool {
        lhs.framework == rhs.framework && lhs.top == rhs.top && lhs.left == rhs.left && lhs.lines == rhs.lines
    }

    /// Switches between NumPy and PyTorch, back at the top.
    public mutating func toggleFramework() {
        framework = framework == .numpy ? .pytorch : .numpy
        lines = Self.lines(lesson, framework)
        top = 0
        left = 0
    }

    /// Lines of the program a terminal of `size` shows (inside the frame).
    public static func visibleLines(in size: TerminalSize) -> Int { max(1, size.height - 2) }

    /// Columns of the program a terminal of `size` shows (inside the frame, after the margin).
    public static func visibleColumns(in size: TerminalSize) -> Int { max(1, size.width - 3) }

    /// The first line that can be shown with `visible` lines on screen: the last full page starts there.
    public func lastTop(visible: Int) -> Int { max(0, lines.count - visible) }

    /// The first column that can be shown with `visible` columns on screen: the widest line then ends at the edge.
    public func lastLeft(visible: Int) -> Int { max(0, (lines.map(\.count).max() ?? 0) - visible) }

    /// Scrolls by `delta` lines, stopping at the first line and at the last full page of `visible` lines.
    public mutating func scroll(by delta: Int, visible: Int) {
        top = min(max(top + delta, 0), lastTop(visible: visible))
    }

    /// Scrolls sideways by `delta` columns, stopping when the widest line ends at the edge of `visible` columns.
    public mutating func shift(by delta: Int, visible: Int) {
        left = min(max(left + delta, 0), lastLeft(visible: visible))
    }

    private static func lines(_ lesson: Lesson, _ framework: Framework) -> [String] {
        let text = framework == .numpy ? CodeSnippet.numpy(lesson) : CodeSnippet.pytorch(lesson)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
