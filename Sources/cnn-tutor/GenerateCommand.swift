import ArgumentParser
import AtomicFiles
import ExerciseGenerator
import Foundation

extension ExerciseKind: ExpressibleByArgument {}
extension Difficulty: ExpressibleByArgument {}

/// `cnn-tutor generate`: seeded random exercises as lesson files with verified answer keys.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write seeded random exercises as lesson files with answer keys (convolution, pooling, backward, transposed, shapes).",
        discussion: """
            Each exercise is an ordinary lesson file, DIR/KIND-DIFFICULTY-SEED-N.yaml, with small whole numbers so the \
            arithmetic can be done by hand and an answer key computed by the engine (`cnn-tutor check` passes it; a \
            `shapes` table has its key as comments, and `worksheet --answers` prints it). The same seed always gives \
            the same files; give each student their own seed.
            """)

    @Argument(help: "convolution, pooling, backward, transposed or shapes.")
    var kind: ExerciseKind

    @Option(help: "The random seed (a whole number from 0).")
    var seed: UInt64

    @Option(help: "How many exercises.")
    var count = 1

    @Option(help: "easy, medium or hard.")
    var difficulty: Difficulty = .medium

    @Option(name: [.short, .customLong("output")], help: "The folder to write the lesson files into (created if missing).")
    var output: String

    @Flag(help: "Replace existing files.")
    var force = false

    mutating func validate() throws {
        guard (1...1000).contains(count) else { throw ValidationError("--count must be between 1 and 1000") }
    }

    mutating func run() throws {
        let exercises: [GeneratedExercise]
        do {
            exercises = try ExerciseGenerator(kind: kind, difficulty: difficulty, seed: seed).exercises(count: count)
        } catch {
            Console.error("cnn-tutor: \(error)")
            throw ExitCode(1)
        }
        let paths = exercises.map { (output as NSString).appendingPathComponent($0.fileName) }
        try OutputFile.refuseExisting(paths, force: force)
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            Console.error("cnn-tutor: cannot create \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        for (exercise, path) in zip(exercises, paths) {
            try OutputFile.write(exercise.text, to: path, force: force)
            Console.write("wrote \(path)\n")
        }
    }
}
