import LessonModel
import LessonTestSupport
import LessonText
import Testing

/// What ×1 and ×0 mean in max pooling's dL/dX, and ties.
@Suite struct MaxPoolRoutingTests {
    @Test func theWinnerAndTheOthersOfAWindow() throws {
        // max-pooling's first window holds 4, 8 / 16, 10: X₂,₁ = 16 wins Z₁,₁.
        let phase = try LessonTestSupport.builtin("max-pooling").phases[1]
        let loser = try #require(phase.operation?.step(for: [0, 0, 0]))
        #expect(MaxPoolRouting.reasons(for: loser, in: phase) == ["×0: Z₁,₁'s window is won by X₂,₁ = 16; X₁,₁ gets nothing from it."])
        let winner = try #require(phase.operation?.step(for: [0, 1, 0]))
        #expect(
            MaxPoolRouting.reasons(for: winner, in: phase) == [
                "×1: X₂,₁ = 16 is the largest in Z₁,₁'s window, so it gets all of that window's gradient."
            ])
    }

    @Test func tiesSayWhichCellWins() throws {
        // The window 8 8 / 1 2 has two largest values: X₁,₁ comes first in reading order and wins.
        let lesson = try LessonTestSupport.lesson(
            """
            id: tie
            title: Tie
            op: maxpool2d
            size: 2
            input: |
              8 8
              1 2
            grad_output: "5"
            """)
        let forward = lesson.phases[0], backward = lesson.phases[1]
        let window = try #require(forward.operation?.step(at: 0))
        #expect(
            MaxPoolRouting.reasons(for: window, in: forward) == ["Tie: X₁,₁ and X₁,₂ both hold 8; the first in reading order, X₁,₁, wins."])
        let first = try #require(backward.operation?.step(for: [0, 0, 0]))
        #expect(
            MaxPoolRouting.reasons(for: first, in: backward) == [
                "×1: X₁,₁ ties with X₁,₂ at 8 in Z₁,₁'s window; the first in reading order wins, so X₁,₁ gets the gradient."
            ])
        let second = try #require(backward.operation?.step(for: [0, 0, 1]))
        #expect(
            MaxPoolRouting.reasons(for: second, in: backward) == [
                "×0: X₁,₂ ties with X₁,₁ at 8 in Z₁,₁'s window, but X₁,₁ comes first in reading order and takes the gradient."
            ])
        #expect(second.total == 0 && first.total == 5)
    }

    @Test func otherStepsHaveNoReasons() throws {
        let phase = try LessonTestSupport.builtin("average-pooling").phases[1]
        let step = try #require(phase.operation?.step(at: 0))
        #expect(MaxPoolRouting.reasons(for: step, in: phase).isEmpty)
        let forward = try LessonTestSupport.builtin("max-pooling").phases[0]
        #expect(MaxPoolRouting.reasons(for: try #require(forward.operation?.step(at: 0)), in: forward).isEmpty)
    }
}
