import CNNEngine
import LessonText

/// A transposed convolution to work out by hand: a 2×2 or 3×3 input stamping a small kernel onto an output of
/// 3 to 5 cells a side, with its backward pass when hard.
struct TransposedExercise {
    let input: Tensor
    let weight: Tensor
    let bias: Double?
    let stride: Int, padding: Int
    /// Output cells a side, from the engine.
    let output: Int
    let gradOutput: Tensor?

    /// One geometry: input side, kernel side, stride, padding and the output side the engine gives them.
    private struct Geometry {
        let input: Int, kernel: Int, stride: Int, padding: Int, output: Int
    }

    /// Draws one exercise of `difficulty`: easy has no padding and no bias, medium and hard stride 2 (the
    /// overlapping stamps), hard dL/dO too.
    static func draw(_ difficulty: Difficulty, random: inout SeededRandom) -> TransposedExercise {
        let geometry = random.pick(
            geometries(
                inputs: difficulty == .easy ? 2...2 : 2...3, strides: difficulty == .easy ? 1...2 : 2...2,
                paddings: difficulty == .easy ? 0...0 : 0...1))
        let input = random.nonZeroTensor([1, geometry.input, geometry.input], values: difficulty == .easy ? 1...3 : -2...3)
        let weight = random.nonZeroTensor([1, 1, geometry.kernel, geometry.kernel], values: -1...2)
        let bias = difficulty == .easy ? nil : Double(random.pick([-2, -1, 1, 2]))
        let gradOutput = difficulty == .hard ? random.nonZeroTensor([1, geometry.output, geometry.output], values: -1...2) : nil
        return TransposedExercise(
            input: input, weight: weight, bias: bias, stride: geometry.stride, padding: geometry.padding, output: geometry.output,
            gradOutput: gradOutput)
    }

    /// Every geometry with a 2×2 or 3×3 kernel whose output the engine sizes at 3 to 5 cells, in a fixed order.
    private static func geometries(inputs: ClosedRange<Int>, strides: ClosedRange<Int>, paddings: ClosedRange<Int>) -> [Geometry] {
        var geometries: [Geometry] = []
        for input in inputs {
            for kernel in 2...3 {
                for stride in strides {
                    for padding in paddings {
                        guard
                            let window = try? TransposedWindow2D(
                                input: Pair(input), kernel: Pair(kernel), stride: Pair(stride), padding: Pair(padding),
                                outputPadding: Pair(0), dilation: Pair(1)),
                            (3...5).contains(window.outputSize.rows)
                        else { continue }
                        geometries.append(
                            Geometry(
                                input: input, kernel: kernel, stride: stride, padding: padding, output: window.outputSize.rows))
                    }
                }
            }
        }
        return geometries
    }

    /// `input`, `weight`, `bias`, `stride`, `padding` and, when hard, `grad_output`.
    var fields: [(key: String, value: LessonDraft.Value)] {
        var fields: [(key: String, value: LessonDraft.Value)] = [("input", .matrix(input)), ("weight", .matrix(weight))]
        if let bias { fields.append(("bias", .plain(NumberText.exact(bias)))) }
        if stride != 1 { fields.append(("stride", .plain("\(stride)"))) }
        if padding != 0 { fields.append(("padding", .plain("\(padding)"))) }
        return fields + (gradOutput.map { [("grad_output", .matrix($0))] } ?? [])
    }

    /// `2×2 → 5×5 with a 3×3 kernel, stride 2, padding 1`.
    var sizeWording: String {
        let side = input.shape[1], kernel = weight.shape[2]
        return "\(side)×\(side) → \(output)×\(output) with a \(kernel)×\(kernel) kernel"
            + (stride != 1 ? ", stride \(stride)" : "") + (padding != 0 ? ", padding \(padding)" : "")
    }
}
