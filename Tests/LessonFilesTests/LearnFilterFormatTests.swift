import CNNEngine
import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// `op: learn_filter` in a lesson file: what it builds, and each missing or conflicting key placed where it is.
@Suite("learn_filter in lesson files")
struct LearnFilterFormatTests {
    /// A learn_filter lesson with `keys` (YAML lines) after `op`.
    static func lesson(_ keys: String) -> String {
        """
        id: learn
        title: learn
        op: learn_filter
        input: |
          1 2 0
          0 1 1
          1 0 2
        \(keys)
        """
    }

    @Test func aTargetFilterGivesTheShapeAndASeedDrawsTenths() throws {
        let lesson = try LessonTestSupport.lesson(
            Self.lesson("target_filter: [[1, 0], [0, -1]]\nseed: 3\nlearning_rate: 0.1\niterations: 4"))
        guard case .learnFilter(let descent) = lesson.stages.first else {
            Issue.record("not a learn_filter stage")
            return
        }
        let start = descent.filters(before: 0)
        #expect(start.shape == [1, 1, 2, 2])
        #expect(start == FilterDescent.seededFilters(shape: [1, 1, 2, 2], seed: 3))
        #expect(start.scalars.allSatisfy { ($0 * 10).rounded() == $0 * 10 && abs($0) <= 1 })
        #expect(descent.iterations.count == 4)
        #expect(lesson.gradOutput == nil, "a loop is not a loss: no dL/dL = 1 backward pass is added")
        #expect(lesson.kind == "learn_filter")
    }

    /// A loop is known by `asLoop` (no cast to a protocol): its phases are the loop's, and a convolution is none.
    @Test func theLessonsPhasesAreTheLoopsOwn() throws {
        let lesson = try LessonTestSupport.lesson(
            Self.lesson("target_filter: [[1, 0], [0, -1]]\nseed: 3\nlearning_rate: 0.1\niterations: 2"))
        let loop = try #require(lesson.stages.first?.operation.asLoop)
        #expect(lesson.phases.map(\.kind) == loop.loopPhases(names: lesson.names).map(\.kind))
        #expect(lesson.stages.first?.isLoss == false)
        let convolution = try LessonTestSupport.lesson(
            "id: c\ntitle: c\nop: conv2d\ninput: [[1, 2], [3, 4]]\nfilters: [[1]]\n")
        #expect(convolution.stages.first?.operation.asLoop == nil)
    }

    @Test func aSeedWithATargetOutputTakesItsSizeFromSize() throws {
        let lesson = try LessonTestSupport.lesson(
            Self.lesson("target: [[1, 0], [0, 1]]\nseed: 3\nsize: 2\nlearning_rate: 0.1\niterations: 2"))
        guard case .learnFilter(let descent) = lesson.stages.first else { return }
        #expect(descent.filters(before: 0).shape == [1, 1, 2, 2])
    }

    @Test func missingKeysAreNamedAtTheOperation() {
        let messages = LessonTestSupport.diagnostics(Self.lesson("filters: [[0, 0], [0, 0]]")).map(\.message)
        #expect(messages.contains("learn_filter needs `learning_rate`"))
        #expect(messages.contains("learn_filter needs `iterations`"))
        let noTarget = LessonTestSupport.diagnostics(Self.lesson("filters: [[0, 0], [0, 0]]\nlearning_rate: 0.1\niterations: 1"))
        #expect(
            noTarget.map(\.message) == ["learn_filter needs `target` (the output to reach) or `target_filter` (the filter that makes it)"])
        let noStart = LessonTestSupport.diagnostics(Self.lesson("target: [[1, 0], [0, 1]]\nlearning_rate: 0.1\niterations: 1"))
        #expect(noStart.map(\.message) == ["learn_filter needs a starting filter: `filters`, or `seed` to draw one"])
    }

    @Test func conflictingKeysArePlacedAtTheSecond() throws {
        let both = try LessonTestSupport.onlyDiagnostic(
            Self.lesson(
                "target: [[1, 0], [0, 1]]\ntarget_filter: [[1, 0], [0, 1]]\nfilters: [[0, 0], [0, 0]]\nlearning_rate: 0.1\niterations: 1"))
        #expect(both.message == "give `target` or `target_filter`, not both")
        #expect(both.location == position(9, 16))
        let seeds = try LessonTestSupport.onlyDiagnostic(
            Self.lesson("target: [[1, 0], [0, 1]]\nfilters: [[0, 0], [0, 0]]\nseed: 1\nlearning_rate: 0.1\niterations: 1"))
        #expect(seeds.message == "give `filters` or `seed`, not both")
        let sizeless = try LessonTestSupport.onlyDiagnostic(
            Self.lesson("target: [[1, 0], [0, 1]]\nseed: 1\nlearning_rate: 0.1\niterations: 1"))
        #expect(sizeless.message == "with `seed`, give `size` (the filter's side) or `target_filter`")
    }

    @Test func learningRateAndIterationsAreChecked() throws {
        let base = "target: [[1, 0], [0, 1]]\nfilters: [[0, 0], [0, 0]]\n"
        #expect(
            try LessonTestSupport.onlyDiagnostic(Self.lesson(base + "learning_rate: 0\niterations: 1")).message
                == "learning_rate is 0 but must be greater than 0")
        #expect(
            try LessonTestSupport.onlyDiagnostic(Self.lesson(base + "learning_rate: 0.1\niterations: 201")).message
                == "iterations is 201 but must be between 1 and 200")
    }

    @Test func aTargetOfTheWrongShapeIsPlacedAtTarget() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            Self.lesson("target: [[1, 0, 0], [0, 1, 0]]\nfilters: [[0, 0], [0, 0]]\nlearning_rate: 0.1\niterations: 1"))
        #expect(diagnostic.message.contains("2×2"), "\(diagnostic.message)")
    }

    @Test func thenAndGradOutputDoNotApply() {
        let messages = LessonTestSupport.diagnostics(
            Self.lesson(
                "target: [[1, 0], [0, 1]]\nfilters: [[0, 0], [0, 0]]\nlearning_rate: 0.1\niterations: 1\ngrad_output: [[1, 1], [1, 1]]")
        )
        .map(\.message)
        #expect(messages.contains("`grad_output` does not apply to learn_filter: it runs its own forward and backward passes"))
    }
}
