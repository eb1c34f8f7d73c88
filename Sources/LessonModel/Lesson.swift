import CNNEngine

/// A lesson: a worked example the tutor plays step by step and `export` writes out.
public struct Lesson: Sendable {
    /// Short unique name, e.g. `vertical-edges`.
    public let id: String
    /// The title shown in the menu and the player.
    public let title: String
    /// A paragraph introducing the lesson.
    public let introduction: String
    /// Where the lesson came from: a file path, or `built-in`.
    public let sourceName: String
    /// The operations in order; each one's input is the previous one's output.
    public let stages: [LessonStage]
    /// dL/dO for the last stage's output, when the lesson teaches the backward pass.
    public let gradOutput: Tensor?
    /// Display names of the tensors.
    public let names: TensorNames
    /// Whether sums are also written with names (`A₁,₁·W₁,₁ + …`).
    public let symbolic: Bool
    /// Narration per phase, keyed by `Phase.narrationKey`.
    public let narration: [String: String]
    /// Answer-key values that `check` verifies.
    public let expected: [ExpectedValue]
    /// Remarks shown with the lesson, e.g. where a slide is wrong.
    public let notes: [String]
    /// Its phases in teaching order, built once with the lesson (see `makePhases`).
    public let phases: [Phase]
    /// The image file the input was read from, if it was (`input: {image: …}`).
    public let image: LessonImage?

    /// Creates a lesson from its parts.
    public init(
        id: String, title: String, introduction: String, sourceName: String, stages: [LessonStage],
        gradOutput: Tensor?, names: TensorNames, symbolic: Bool, narration: [String: String],
        expected: [ExpectedValue], notes: [String], image: LessonImage? = nil
    ) {
        self.id = id
        self.title = title
        self.introduction = introduction
        self.sourceName = sourceName
        self.stages = stages
        self.gradOutput = gradOutput
        self.names = names
        self.symbolic = symbolic
        self.narration = narration
        self.expected = expected
        self.notes = notes
        self.image = image
        self.phases = Self.makePhases(stages: stages, gradOutput: gradOutput, names: names, narration: narration)
    }

    /// What the lesson teaches, e.g. `conv2d + backward` or `conv2d → relu → maxpool2d`.
    public var kind: String {
        stages.map(\.operationName).joined(separator: " → ") + (gradOutput == nil ? "" : " + backward")
    }

    /// A short size summary for menus, e.g. `6×6 ⊛ 3×3` or `3×6×6 ⊛ 2×3×3×3`.
    public var sizeSummary: String {
        guard let first = stages.first else { return "" }
        return first.sizeSummary
    }
}
