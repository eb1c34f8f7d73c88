import ExerciseGenerator
import LessonCode
import LessonModel
import TestSupport
import Testing

/// Generated exercises recomputed by NumPy: their answer keys (the engine's results) agree with an independent
/// implementation, cell for cell.
@Suite(
    "Generated exercises agree with NumPy",
    .enabled(if: PythonRunner.hasNumPy, "python3 with numpy is not available on the PATH, so generated exercises are not run in NumPy"))
struct GeneratedExerciseSnippetTests {
    @Test(arguments: [ExerciseKind.convolution, .pooling, .backward, .transposed], Difficulty.allCases)
    func keyAgreesWithNumPy(_ kind: ExerciseKind, _ difficulty: Difficulty) throws {
        for exercise in try ExerciseGenerator(kind: kind, difficulty: difficulty, seed: 31).exercises(count: 2) {
            let lesson = exercise.lesson
            let output = try PythonRunner.output(ofScript: CodeSnippet.numpy(lesson), named: lesson.id)
            SnippetResults.expectMatches(try SnippetResults.json(output), lesson)
            // The key written into the file is what NumPy computed.
            let results = lesson.results()
            for expected in lesson.expected {
                #expect(results[expected.result]?[expected.index] == expected.value, "\(lesson.id) \(expected.result) \(expected.index)")
            }
        }
    }
}
