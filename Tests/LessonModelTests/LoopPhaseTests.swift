import CNNEngine
import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// A loop's phases: the run, then five per iteration, each shown by the stage it belongs to, with the loop's results.
@Suite struct LoopPhaseTests {
    @Test func theRunComesFirstThenFivePhasesPerIteration() throws {
        let lesson = try LessonTestSupport.builtin("learn-a-filter")
        guard case .learnFilter(let descent) = lesson.stages.first else {
            Issue.record("learn-a-filter is not a learn_filter lesson")
            return
        }
        let count = descent.iterations.count
        #expect(lesson.phases.count == 1 + 5 * count)
        #expect(lesson.phases[0].loop == LoopPosition(part: .run, iteration: nil, iterations: count))
        let parts = lesson.phases.dropFirst().compactMap(\.loop?.part)
        #expect(Array(parts.prefix(5)) == [.forward, .loss, .gradOutput, .gradFilters, .update])
        #expect(lesson.phases.last?.loop == LoopPosition(part: .update, iteration: count - 1, iterations: count))
        for phase in lesson.phases.dropFirst() {
            switch (phase.loop?.part, phase.stage) {
            case (.forward, .convolution), (.gradFilters, .convolution), (.loss, .meanSquaredError), (.gradOutput, .meanSquaredError),
                (.update, .gradientStep):
                continue
            default:
                Issue.record("phase \(phase.title) is shown by \(phase.stage.operationName)")
            }
        }
    }

    @Test func eachIterationStartsWhereTheLastUpdateEnded() throws {
        let lesson = try LessonTestSupport.builtin("learn-a-filter")
        let forwards = lesson.phases.filter { $0.loop?.part == .forward }
        let updates = lesson.phases.filter { $0.loop?.part == .update }
        for (update, next) in zip(updates, forwards.dropFirst()) {
            guard case .convolution(let layer) = next.stage, let updated = update.operation?.result() else { continue }
            #expect(layer.filters == updated)
        }
    }

    @Test func resultsAreTheLearnedFiltersTheFirstGradientAndEveryLoss() throws {
        let lesson = try LessonTestSupport.builtin("learn-a-filter")
        guard case .learnFilter(let descent) = lesson.stages.first else { return }
        let results = lesson.results()
        #expect(Set(results.keys) == [.output, .gradFilters, .losses])
        #expect(results[.output] == descent.finalFilters)
        #expect(results[.gradFilters] == descent.iterations.first?.update.gradient)
        #expect(results[.losses]?.scalars == descent.losses)
    }
}
