import ArgumentParser
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText

/// The framework a `code` snippet is written for.
enum CodeFramework: String, EnumerableFlag {
    /// NumPy with explicit loops (the default).
    case numpy
    /// PyTorch's `torch.nn.functional` and autograd.
    case pytorch

    /// Help for each flag.
    static func help(for value: CodeFramework) -> ArgumentHelp? {
        switch value {
        case .numpy: return "NumPy with explicit loops."
        case .pytorch: return "PyTorch: torch.nn.functional and autograd."
        }
    }
}

/// `cnn-tutor code`: a short Python program that computes the same lesson with a framework.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Print a runnable Python snippet (NumPy or PyTorch) that computes a lesson.",
        discussion: """
            The snippet uses the lesson's numbers, stride, padding (asymmetric too), dilation, bias and chained \
            stages, and with grad_output its backward pass. Its last line of output is JSON with the keys output, \
            grad_input, grad_filters and grad_bias (an architecture lesson prints its layer table instead), so you \
            can check the tutor against a framework:  cnn-tutor code vertical-edges > check.py && python3 check.py
            """)

    @Argument(help: "A lesson file or built-in id.")
    var lesson: String

    @Flag(help: "The framework to write the snippet for.")
    var framework: CodeFramework = .numpy

    mutating func run() throws {
        let loaded = try LessonLoading.loadOrExit(lesson)
        switch framework {
        case .numpy: Console.write(CodeSnippet.numpy(loaded))
        case .pytorch: Console.write(CodeSnippet.pytorch(loaded))
        }
    }
}
