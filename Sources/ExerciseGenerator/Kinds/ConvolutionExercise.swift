import CNNEngine
import LessonText

/// A convolution to work out by hand: its geometry, input, filter and bias, as drawn for one exercise.
struct ConvolutionExercise {
    let window: WindowChoice
    let input: Tensor
    let filters: Tensor
    let bias: Double?

    /// How large each difficulty's convolutions are and how their numbers are drawn.
    struct Ranges {
        let channels: Int
        let inputs: ClosedRange<Int>, kernels: ClosedRange<Int>, strides: ClosedRange<Int>, paddings: ClosedRange<Int>
        let dilations: ClosedRange<Int>, outputs: ClosedRange<Int>
        let inputValues: ClosedRange<Int>, filterValues: ClosedRange<Int>
        let hasBias: Bool
        /// Keeps only the geometries worth asking at this difficulty.
        let keep: (WindowChoice) -> Bool
    }

    /// A forward-only convolution of `difficulty`.
    static func forwardRanges(_ difficulty: Difficulty) -> Ranges {
        switch difficulty {
        case .easy:
            return Ranges(
                channels: 1, inputs: 4...5, kernels: 2...3, strides: 1...1, paddings: 0...0, dilations: 1...1, outputs: 2...4,
                inputValues: 0...4, filterValues: -1...1, hasBias: false, keep: { _ in true })
        case .medium:
            return Ranges(
                channels: 1, inputs: 5...7, kernels: 2...3, strides: 1...2, paddings: 0...1, dilations: 1...1, outputs: 2...4,
                inputValues: -2...4, filterValues: -1...2, hasBias: true, keep: { $0.stride > 1 || $0.padding > 0 })
        case .hard:
            return Ranges(
                channels: 2, inputs: 5...7, kernels: 2...3, strides: 1...2, paddings: 0...2, dilations: 1...2, outputs: 2...3,
                inputValues: -2...3, filterValues: -1...1, hasBias: true,
                keep: { ($0.stride > 1 || $0.dilation > 1) && $0.padding < $0.dilation * ($0.kernel - 1) + 1 })
        }
    }

    /// Draws one exercise within `ranges`.
    static func draw(_ ranges: Ranges, random: inout SeededRandom) -> ConvolutionExercise {
        let window = random.pick(
            WindowChoice.fitting(
                inputs: ranges.inputs, kernels: ranges.kernels, strides: ranges.strides, paddings: ranges.paddings,
                dilations: ranges.dilations, outputs: ranges.outputs, keep: ranges.keep))
        let input = random.tensor([ranges.channels, window.input, window.input], values: ranges.inputValues)
        let filters = random.nonZeroTensor([1, ranges.channels, window.kernel, window.kernel], values: ranges.filterValues)
        let bias = ranges.hasBias ? Double(random.pick([-2, -1, 1, 2])) : nil
        return ConvolutionExercise(window: window, input: input, filters: filters, bias: bias)
    }

    /// `input`, `filters`, `bias` and the geometry keys.
    var fields: [(key: String, value: LessonDraft.Value)] {
        var fields: [(key: String, value: LessonDraft.Value)] = [("input", .matrix(input)), ("filters", .matrix(filters))]
        if let bias { fields.append(("bias", .plain(NumberText.exact(bias)))) }
        return fields + window.fields(defaultStride: 1)
    }

    /// `6×6 ⊛ 3×3, stride 2, padding 1`, or `2×6×6 ⊛ 2×3×3, …` with two channels.
    var sizeWording: String {
        let channels = input.shape[0] > 1 ? "\(input.shape[0])×" : ""
        return "\(channels)\(window.input)×\(window.input) ⊛ \(channels)\(window.kernel)×\(window.kernel)\(window.wording)"
    }
}
