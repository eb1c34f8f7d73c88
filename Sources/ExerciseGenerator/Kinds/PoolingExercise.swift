import CNNEngine

/// A pooling layer to work out by hand, with its backward pass when hard. Max-pooling windows never tie, so
/// every window has one clear winner (and one cell that receives its gradient).
struct PoolingExercise {
    let kind: PoolKind
    let window: WindowChoice
    let input: Tensor
    let gradOutput: Tensor?

    /// Draws one exercise of `difficulty`. Average pooling uses 2×2 windows only, so means stay quarters.
    static func draw(_ difficulty: Difficulty, random: inout SeededRandom) -> PoolingExercise {
        let kind: PoolKind = difficulty == .easy ? .max : random.pick([.max, .average])
        let kernels = kind == .average ? 2...2 : 2...3
        let windows: [WindowChoice]
        switch difficulty {
        case .easy:
            windows = WindowChoice.fitting(inputs: 4...4, kernels: 2...2, strides: 2...2, paddings: 0...0, outputs: 2...2)
        case .medium:
            windows = WindowChoice.fitting(
                inputs: 4...6, kernels: kernels, strides: 1...3, paddings: 0...0, outputs: 2...3, keep: { $0.stride <= $0.kernel })
        case .hard:
            windows = WindowChoice.fitting(
                inputs: 4...6, kernels: kernels, strides: 1...3, paddings: 0...1, outputs: 2...3,
                keep: { $0.stride <= $0.kernel && 2 * $0.padding <= $0.kernel })
        }
        let window = random.pick(windows)
        let values = kind == .max ? 0...9 : -3...8
        var input = random.tensor([1, window.input, window.input], values: values)
        var attempts = 0
        while kind == .max, attempts < 100, hasTie(input, window) {
            input = random.tensor([1, window.input, window.input], values: values)
            attempts += 1
        }
        let gradOutput = difficulty == .hard ? random.nonZeroTensor([1, window.output, window.output], values: -2...3) : nil
        return PoolingExercise(kind: kind, window: window, input: input, gradOutput: gradOutput)
    }

    /// Whether some window of `input` has two cells sharing the maximum, by the engine's own steps.
    private static func hasTie(_ input: Tensor, _ window: WindowChoice) -> Bool {
        guard let pool = try? pool(.max, input, window) else { return false }
        let forward = pool.forward
        return (0..<forward.stepCount).contains { forward.step(at: $0)?.hasTie ?? false }
    }

    /// The engine's pooling layer for a drawn geometry.
    static func pool(_ kind: PoolKind, _ input: Tensor, _ window: WindowChoice) throws(ShapeError) -> Pool2D {
        try Pool2D(
            kind: kind, input: input, size: Pair(window.kernel), stride: Pair(window.stride),
            padding: .explicit(Padding(window.padding)))
    }

    /// `maxpool2d` or `avgpool2d`.
    var op: String { kind == .max ? "maxpool2d" : "avgpool2d" }

    /// `input`, `size`, the geometry keys and, when hard, `grad_output`.
    var fields: [(key: String, value: LessonDraft.Value)] {
        [("input", .matrix(input)), ("size", .plain("\(window.kernel)"))] + window.fields(defaultStride: window.kernel)
            + (gradOutput.map { [("grad_output", .matrix($0))] } ?? [])
    }

    /// `max pooling 2×2 on 4×4, stride 2`.
    var sizeWording: String {
        "\(kind == .max ? "max" : "average") pooling \(window.kernel)×\(window.kernel) on \(window.input)×\(window.input)"
            + ", stride \(window.stride)" + (window.padding != 0 ? ", padding \(window.padding)" : "")
    }
}
