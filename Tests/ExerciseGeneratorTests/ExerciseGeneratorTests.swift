import CNNEngine
import ExerciseGenerator
import Foundation
import LessonFiles
import LessonModel
import LessonText
import TestSupport
import Testing

/// Generated exercises: every file written passes `check`, the same seed gives the same files, different
/// seeds different numbers, and the numbers stay small enough to work out by hand.
@Suite("Generated exercises")
struct ExerciseGeneratorTests {
    static let kinds = ExerciseKind.allCases
    static let seeds: [UInt64] = [0, 1, 42, 2024, .max]

    @Test("every file written passes check: it parses, its key covers every result and verifies", arguments: kinds, Difficulty.allCases)
    func everyFilePassesCheck(_ kind: ExerciseKind, _ difficulty: Difficulty) throws {
        let folder = try TemporaryDirectory(prefix: "generated")
        // The library `check` loads lessons with: a path if a file exists there.
        let library = LessonLibrary { path in try? String(contentsOfFile: path, encoding: .utf8) }
        for seed in Self.seeds {
            for exercise in try ExerciseGenerator(kind: kind, difficulty: difficulty, seed: seed).exercises(count: 4) {
                let path = folder.path(exercise.fileName)
                try exercise.text.write(toFile: path, atomically: true, encoding: .utf8)
                let lesson = try library.load(path).get()
                #expect(lesson.id == exercise.id && exercise.fileName == exercise.id + ".yaml")
                #expect(AnswerKey.verify(lesson).isEmpty, "\(exercise.id)")
                let results = lesson.results()
                if kind == .shapes {
                    #expect(lesson.expected.isEmpty && results.isEmpty)
                } else {
                    #expect(Set(lesson.expected.map(\.result)) == Set(results.keys), "\(exercise.id)")
                    #expect(lesson.expected.count == results.values.reduce(0) { $0 + $1.count }, "\(exercise.id)")
                }
                for stage in lesson.stages {
                    #expect(ShapeCoach.warnings(for: stage, glyphs: .unicode).isEmpty, "\(exercise.id): a stride that does not fit")
                }
            }
        }
    }

    @Test("the same seed always gives the same files, and exercise n does not depend on how many are asked for", arguments: kinds)
    func sameSeedSameFiles(_ kind: ExerciseKind) throws {
        let five = try ExerciseGenerator(kind: kind, seed: 99).exercises(count: 5).map(\.text)
        let again = try ExerciseGenerator(kind: kind, seed: 99).exercises(count: 5).map(\.text)
        #expect(five == again)
        #expect(try ExerciseGenerator(kind: kind, seed: 99).exercises(count: 3).map(\.text) == Array(five.prefix(3)))
    }

    @Test("different seeds give different numbers", arguments: kinds, Difficulty.allCases)
    func differentSeedsDiffer(_ kind: ExerciseKind, _ difficulty: Difficulty) throws {
        let bodies = try (1...12).map { seed in
            try ExerciseGenerator(kind: kind, difficulty: difficulty, seed: UInt64(seed)).exercise(1).text
                .split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("id:") && !$0.hasPrefix("title:") }
        }
        // Twelve students: at most one pair may draw the same problem (the easy pooling space is small), never more.
        let distinct = Set(bodies.map { $0.joined(separator: "\n") }).count
        #expect(distinct >= 11, "\(kind) \(difficulty): \(distinct) distinct of 12")
    }

    @Test(
        "numbers are small whole numbers and outputs small, so the arithmetic can be done by hand", arguments: kinds,
        Difficulty.allCases)
    func smallNumbers(_ kind: ExerciseKind, _ difficulty: Difficulty) throws {
        for seed in Self.seeds {
            for exercise in try ExerciseGenerator(kind: kind, difficulty: difficulty, seed: seed).exercises(count: 4) {
                let lesson = exercise.lesson
                let given = Self.givenTensors(lesson).flatMap(\.scalars) + (lesson.gradOutput?.scalars ?? [])
                #expect(given.allSatisfy { $0 == $0.rounded() && abs($0) <= 9 }, "\(exercise.id)")
                if let output = lesson.stages.last?.forward?.resultShape {
                    // A transposed convolution enlarges: 2×2 or 3×3 stamped onto up to 5×5.
                    let sides = kind == .transposed ? 3...5 : 2...4
                    #expect(output.suffix(2).allSatisfy { sides.contains($0) }, "\(exercise.id): output \(output)")
                }
            }
        }
    }

    @Test("max-pooling windows never tie, so each has one winner that receives its gradient")
    func noTies() throws {
        for difficulty in Difficulty.allCases {
            for seed in 0..<20 {
                let lesson = try ExerciseGenerator(kind: .pooling, difficulty: difficulty, seed: UInt64(seed)).exercise(1).lesson
                guard case .pooling(let pool) = lesson.stages[0], pool.kind == .max else { continue }
                let forward = pool.forward
                #expect((0..<forward.stepCount).allSatisfy { !(forward.step(at: $0)?.hasTie ?? true) }, "seed \(seed) \(difficulty)")
            }
        }
    }

    @Test("difficulty shapes the problem: easy has stride 1 and no padding, hard two channels or strides in the backward pass")
    func difficulties() throws {
        for seed in 0..<10 {
            let easy = try Self.convolution(.convolution, .easy, seed)
            #expect(easy.window.stride == Pair(1) && easy.window.padding == .zero && easy.channelCount == 1 && !easy.hasBias)
            let medium = try Self.convolution(.convolution, .medium, seed)
            #expect(medium.window.stride != Pair(1) || medium.window.padding != .zero)
            let hard = try Self.convolution(.convolution, .hard, seed)
            #expect(hard.channelCount == 2 && (hard.window.stride != Pair(1) || hard.window.dilation != Pair(1)))
            let backward = try ExerciseGenerator(kind: .backward, difficulty: .hard, seed: UInt64(seed)).exercise(1).lesson
            #expect(backward.gradOutput != nil && backward.phases.map(\.kind) == [.forward, .gradFilters, .gradInput, .gradBias])
            #expect(try Self.convolution(.backward, .hard, seed).window.stride == Pair(2))
        }
    }

    @Test("a shapes exercise's layers fit exactly and its comments give the engine's table")
    func shapesTable() throws {
        for difficulty in Difficulty.allCases {
            let exercise = try ExerciseGenerator(kind: .shapes, difficulty: difficulty, seed: 5).exercise(1)
            guard case .architecture(let stack) = exercise.lesson.stages[0] else {
                Issue.record("not an architecture lesson")
                continue
            }
            var shape = stack.input
            for (_, spec) in stack.layers {
                if case let .convolution(_, kernel, stride, padding, dilation, _) = spec {
                    let window = try SlidingWindow2D(
                        input: Pair(shape[0]), kernel: kernel, stride: stride, padding: padding, dilation: dilation)
                    #expect(window.rows.leftover == 0, "\(exercise.id)")
                }
                if case let .pooling(_, size, stride, padding, _, _, _) = spec {
                    let window = try SlidingWindow2D(
                        input: Pair(shape[0]), kernel: size, stride: stride, padding: padding, dilation: Pair(1))
                    #expect(window.rows.leftover == 0, "\(exercise.id)")
                }
                shape = try Self.shapeAfter(spec, shape)
            }
            for row in try stack.rows() {
                #expect(exercise.text.contains("#   \(row.name): \(Tensor.shapeText(row.shape)), parameters \(row.parameterFormula)\n"))
            }
        }
    }

    @Test("a transposed convolution stamps a 2×2 or 3×3 input onto 3 to 5 cells; hard adds its backward pass")
    func transposed() throws {
        for seed in 0..<10 {
            for difficulty in Difficulty.allCases {
                let lesson = try ExerciseGenerator(kind: .transposed, difficulty: difficulty, seed: UInt64(seed)).exercise(1).lesson
                guard case .transposedConvolution(let layer) = lesson.stages[0] else {
                    Issue.record("not a transposed convolution")
                    continue
                }
                #expect((2...3).contains(layer.input.shape[1]) && (3...5).contains(layer.outputShape[1]))
                #expect(difficulty == .easy || layer.window.stride == Pair(2))
                #expect((lesson.gradOutput != nil) == (difficulty == .hard))
            }
        }
        // Exercise 1 of seed 7, hard: 3×3 → 5×5, stride 2, padding 1. Output cell (1, 1) is cell (2, 2) of the untrimmed
        // 7×7 stamping; only input (1, 1) reaches it, through the kernel's centre weight 0, so it is the bias, 1.
        let example = try ExerciseGenerator(kind: .transposed, difficulty: .hard, seed: 7).exercise(1)
        #expect(example.text.contains("stride: 2\npadding: 1\n"))
        #expect(example.lesson.results()[.output]?[[0, 0, 0]] == 1)
    }

    private static func convolution(_ kind: ExerciseKind, _ difficulty: Difficulty, _ seed: Int) throws -> Conv2D {
        let lesson = try ExerciseGenerator(kind: kind, difficulty: difficulty, seed: UInt64(seed)).exercise(1).lesson
        guard case .convolution(let conv) = lesson.stages[0] else { throw Unexpected() }
        return conv
    }

    /// The input and parameters the lesson gives (not what it computes).
    private static func givenTensors(_ lesson: Lesson) -> [Tensor] {
        lesson.stages.flatMap { stage -> [Tensor] in
            if case .convolution(let conv) = stage { return [conv.input, conv.filters, conv.bias] }
            if case .pooling(let pool) = stage { return [pool.input] }
            return []
        }
    }

    /// The activation after one layer, by the engine's table.
    private static func shapeAfter(_ spec: LayerSpec, _ shape: [Int]) throws -> [Int] {
        let stack = LayerStack(input: shape, layers: [("layer", spec)])
        return try stack.rows().last?.shape ?? shape
    }

    private struct Unexpected: Error {}
}
