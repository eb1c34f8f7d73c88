import CNNEngine
import LessonModel
import LessonText

// The JSON keys mean what `Lesson.results()` means: `output`, and with a backward pass `grad_input`,
// `grad_filters`, `grad_bias`; an architecture lesson prints its layer table under `table` instead.

/// Runnable Python (NumPy or PyTorch) that recomputes a lesson and prints `results()` as one JSON line.
public enum CodeSnippet {
    /// The lesson written with NumPy and explicit loops: conv2d, relu, pooling and their backward passes.
    public static func numpy(_ lesson: Lesson) -> String {
        if let stack = architecture(of: lesson) { return architectureNumPy(lesson, stack: stack) }
        return NumPySnippet(lesson: lesson).render()
    }

    /// The lesson written with PyTorch: `torch.nn.functional` calls, autograd and `backward(grad_output)`.
    public static func pytorch(_ lesson: Lesson) -> String {
        if let stack = architecture(of: lesson) { return architecturePyTorch(lesson, stack: stack) }
        return PyTorchSnippet(lesson: lesson).render()
    }

    /// The layer stack of an architecture lesson, if this is one.
    private static func architecture(of lesson: Lesson) -> LayerStack? {
        for stage in lesson.stages {
            if case .architecture(let stack) = stage { return stack }
        }
        return nil
    }

    /// The opening comment: what the program computes, how to run it and what it prints.
    static func header(_ lesson: Lesson, framework: String, requirement: String) -> String {
        let description = """
            cnn-tutor code view (\(framework)) of the lesson `\(lesson.id)`:
              \(lesson.title)
            Computes \(computed(lesson)).
            Run it with `python3 FILE.py` (\(requirement)).
            """
        return PythonLiteral.comment(description)
    }

    /// What the program computes: the stages, or the layer table.
    private static func computed(_ lesson: Lesson) -> String {
        if architecture(of: lesson) != nil { return "the layer table: activation shapes, sizes and parameters" }
        if case .image = lesson.stages.first, lesson.stages.count == 1 { return "nothing: the image is its own output" }
        return lesson.kind
    }

    /// The comment explaining the JSON line of a computation lesson.
    static func resultsComment(_ lesson: Lesson) -> String {
        let gradients =
            lesson.gradOutput == nil
            ? ""
            : """
            ; "grad_input" is dL/dX of the
            first stage; "grad_filters" and "grad_bias" are dL/dW and dL/db of the first convolution
            """
        return PythonLiteral.comment(
            """
            The last line it prints is JSON: "output" is the last stage's output\(gradients).
            `cnn-tutor export LESSON --format json` shows the same numbers step by step.
            """)
    }
}
