import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// In a chain with a backward pass, dL/dW and dL/db are those of the first convolution, as documented.
@Suite("Results of chained lessons")
struct ChainedResultsTests {
    static let twoConvolutions = """
        id: two-conv
        title: T
        op: conv2d
        input: |
          1 2 0
          0 1 3
          2 1 1
        filters: |
          1 0
          0 1
        then:
          - op: conv2d
            filters: "2"
        grad_output: |
          1 0
          0 1
        expected:
          grad_filters: |
            4 10
            2 4
          grad_bias: 4
        """

    @Test("grad_filters and grad_bias are the first convolution's, matching the shape checked at parse time")
    func firstConvolutionGradients() throws {
        let lesson = try LessonTestSupport.lesson(Self.twoConvolutions)
        let results = lesson.results()
        // The second conv multiplies by 2, so dL/dZ₁ = 2·dL/dO = [[2, 0], [0, 2]].
        // dL/dW₁ = X ⋆ dL/dZ₁: [1·2 + 1·2, 2·2 + 3·2; 0·2 + 1·2, 1·2 + 1·2] = [[4, 10], [2, 4]]; dL/db₁ = 2 + 2 = 4.
        #expect(results[.gradFilters]?.shape == [1, 1, 2, 2])
        #expect(results[.gradFilters]?.scalars == [4, 10, 2, 4])
        #expect(results[.gradBias]?.scalars == [4])
        #expect(AnswerKey.verify(lesson).isEmpty)
        #expect(lesson.phase(for: .gradFilters)?.stageIndex == 0)
    }

    @Test("grad_input is the first stage's, with the input's shape")
    func gradInputOfTheFirstStage() throws {
        let lesson = try LessonTestSupport.lesson(Self.twoConvolutions)
        // dL/dX = full convolution of dL/dZ₁ = [[2,0],[0,2]] with the identity-diagonal filter: 2 on the diagonal, 4 in the centre.
        #expect(lesson.results()[.gradInput]?.scalars == [2, 0, 0, 0, 4, 0, 0, 0, 2])
    }
}
