import CNNEngine
import LessonCode
import LessonFiles
import LessonModel
import TestSupport

/// Lessons built in code to reach what the built-ins do not: asymmetric padding, dilation 2, stride (2, 1),
/// several channels and filters, non-integer values at full precision, ties, zeros at ReLU, chains.
enum CodeLessons {
    /// The lessons' names, in a fixed order (test arguments).
    static let names = [
        "asymmetric-dilated-strided", "conv-relu-maxpool-chain", "avgpool-first", "relu-conv-avgpool",
        "two-convolutions", "maxpool-ties", "relu-zeros", "forward-only-chain", "image-two-channels", "learn-filter-strided",
    ]

    /// The lesson called `name`.
    static func lesson(_ name: String) throws -> Lesson {
        var random = SeededGenerator(seed: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        switch name {
        case "asymmetric-dilated-strided":
            let input = random.tensor([2, 7, 8])
            return try make(name, input: input, gradient: true, random: &random) { x, r in
                .convolution(
                    try Conv2D(
                        input: x, filters: r.tensor([3, 2, 3, 2]), bias: r.tensor([3]), stride: Pair(rows: 2, columns: 1),
                        padding: .explicit(Padding(top: 1, bottom: 2, left: 0, right: 3)), dilation: Pair(2)))
            }
        case "conv-relu-maxpool-chain":
            return try make(
                name, input: random.tensor([2, 6, 7]), gradient: true, random: &random,
                { x, r in
                    .convolution(
                        try Conv2D(
                            input: x, filters: r.tensor([2, 2, 2, 3]), bias: r.tensor([2]), stride: Pair(1), padding: .same,
                            dilation: Pair(rows: 1, columns: 2)))
                },
                { x, _ in .relu(ReLU(input: x)) },
                { x, _ in
                    .pooling(
                        try Pool2D(
                            kind: .max, input: x, size: Pair(rows: 2, columns: 3), stride: Pair(rows: 2, columns: 1),
                            padding: .explicit(Padding(top: 1, bottom: 0, left: 1, right: 0))))
                })
        case "avgpool-first":
            return try make(name, input: random.tensor([2, 5, 6]), gradient: true, random: &random) { x, _ in
                .pooling(
                    try Pool2D(
                        kind: .average, input: x, size: Pair(3), stride: Pair(rows: 2, columns: 1), padding: .explicit(Padding(1))))
            }
        case "relu-conv-avgpool":
            return try make(
                name, input: random.tensor([3, 6, 6]), gradient: true, random: &random,
                { x, _ in .relu(ReLU(input: x)) },
                { x, r in
                    .convolution(
                        try Conv2D(
                            input: x, filters: r.tensor([2, 3, 3, 3]), stride: Pair(2),
                            padding: .explicit(Padding(top: 0, bottom: 1, left: 1, right: 0))))
                },
                { x, _ in
                    .pooling(
                        try Pool2D(
                            kind: .average, input: x, size: Pair(2), stride: Pair(1),
                            padding: .explicit(Padding(top: 1, bottom: 0, left: 0, right: 1))))
                })
        case "two-convolutions":
            return try make(
                name, input: random.tensor([1, 7, 7]), gradient: true, random: &random,
                { x, r in
                    .convolution(
                        try Conv2D(input: x, filters: r.tensor([2, 1, 3, 3]), bias: r.tensor([2]), padding: .explicit(Padding(1))))
                },
                { x, r in
                    .convolution(
                        try Conv2D(
                            input: x, filters: r.tensor([3, 2, 2, 2]), bias: r.tensor([3]), stride: Pair(2), dilation: Pair(2)))
                })
        case "maxpool-ties":
            let input = try Tensor(channels: [[[1, 1, 0, 2], [1, 1, 2, 2], [3, 0, 3, 3], [-1, -1, 3, 3]]])
            return try make(name, input: input, gradient: true, random: &random) { x, _ in
                .pooling(
                    try Pool2D(
                        kind: .max, input: x, size: Pair(2), stride: Pair(1),
                        padding: .explicit(Padding(top: 0, bottom: 1, left: 1, right: 0))))
            }
        case "relu-zeros":
            let input = try Tensor(channels: [[[0, -0.5, 2.25], [1e-300, -1e-300, 0]], [[-3, 0, 7.125], [0.1, -0.0, 4]]])
            return try make(name, input: input, gradient: true, random: &random) { x, _ in .relu(ReLU(input: x)) }
        case "forward-only-chain":
            return try make(
                name, input: random.tensor([2, 8, 8]), gradient: false, random: &random,
                { x, r in
                    .convolution(
                        try Conv2D(
                            input: x, filters: r.tensor([3, 2, 3, 3]), bias: r.tensor([3]), stride: Pair(rows: 2, columns: 1),
                            padding: .explicit(Padding(rows: 2, columns: 1)), dilation: Pair(2)))
                },
                { x, _ in .relu(ReLU(input: x)) },
                { x, _ in .pooling(try Pool2D(kind: .max, input: x, size: Pair(2), padding: .explicit(Padding(1)))) })
        case "learn-filter-strided":
            // Two channels, two filters, stride (2, 1), asymmetric padding, dilation 2; the target made by other filters.
            let descent = try FilterDescent(
                input: random.tensor([2, 7, 6]), target: .filters(random.tensor([2, 2, 2, 2])),
                initialFilters: random.tensor([2, 2, 2, 2]),
                learningRate: 0.05, iterationCount: 6, stride: Pair(rows: 2, columns: 1),
                padding: .explicit(Padding(top: 1, bottom: 0, left: 0, right: 2)), dilation: Pair(2))
            return lesson(name, stages: [.learnFilter(descent)], gradOutput: nil)
        default:
            return lesson(name, stages: [.image(ImageReading(image: random.tensor([2, 3, 4])))], gradOutput: nil)
        }
    }

    /// A stage built from the previous output, drawing any weights from `random`.
    typealias StageMaker = (Tensor, inout SeededGenerator) throws -> LessonStage

    /// Chains `stages` from `input`, each on the previous one's output; with `gradient`, a random dL/dO.
    private static func make(
        _ name: String, input: Tensor, gradient: Bool, random: inout SeededGenerator, _ stages: StageMaker...
    ) throws -> Lesson {
        var current = input
        var built: [LessonStage] = []
        for maker in stages {
            let stage = try maker(current, &random)
            built.append(stage)
            guard let next = stage.forward?.result() else { break }
            current = next
        }
        return lesson(name, stages: built, gradOutput: gradient ? random.tensor(current.shape) : nil)
    }

    private static func lesson(_ name: String, stages: [LessonStage], gradOutput: Tensor?) -> Lesson {
        Lesson(
            id: name, title: "Code view test: \(name)", introduction: "", sourceName: "CodeLessons", stages: stages,
            gradOutput: gradOutput, names: .standard, symbolic: false, narration: [:], expected: [], notes: [])
    }
}

extension SeededGenerator {
    /// A value in [−2, 2) using all 53 bits of a double's mantissa.
    mutating func value() -> Double {
        Double(next() >> 11) / Double(1 << 53) * 4 - 2
    }

    /// A tensor of `shape` filled with random values, in row-major order.
    mutating func tensor(_ shape: [Int]) -> Tensor {
        Tensor(shape: shape) { _ in value() }
    }
}
