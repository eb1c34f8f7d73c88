import ExerciseGenerator
import Foundation
import LessonTestSupport
import TestSupport
import Testing

@testable import Grading

/// The answer file README.md shows is one `grade` reads without a problem.
struct ReadmeAnswerFileTests {
    @Test func theReadmeExampleGradesWithoutProblems() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```csv\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        let generated = try ExerciseGenerator(kind: .convolution, difficulty: .medium, seed: 42).exercise(7).lesson
        let report = Grader(keys: [generated, try LessonTestSupport.builtin("vertical-edges")]).grade(files: [("README.md", example)])
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.answers.count == 3)
    }
}
