import CNNEngine

/// A convolution's backward pass to work out by hand: a small convolution and the dL/dO arriving at it.
enum BackwardExercise {
    /// How large each difficulty's convolutions are: stride 1 until hard, which inserts zeros into dL/dO.
    static func ranges(_ difficulty: Difficulty) -> ConvolutionExercise.Ranges {
        switch difficulty {
        case .easy:
            return ConvolutionExercise.Ranges(
                channels: 1, inputs: 3...3, kernels: 2...2, strides: 1...1, paddings: 0...0, dilations: 1...1, outputs: 2...2,
                inputValues: 0...3, filterValues: -1...2, hasBias: true, keep: { _ in true })
        case .medium:
            return ConvolutionExercise.Ranges(
                channels: 1, inputs: 4...5, kernels: 2...3, strides: 1...1, paddings: 0...1, dilations: 1...1, outputs: 2...3,
                inputValues: -1...3, filterValues: -1...2, hasBias: true, keep: { _ in true })
        case .hard:
            return ConvolutionExercise.Ranges(
                channels: 1, inputs: 5...6, kernels: 2...3, strides: 2...2, paddings: 0...1, dilations: 1...1, outputs: 2...3,
                inputValues: -1...3, filterValues: -1...2, hasBias: true, keep: { $0.padding < $0.kernel })
        }
    }

    /// The convolution and a dL/dO shaped like its output.
    static func draw(_ difficulty: Difficulty, random: inout SeededRandom) -> (ConvolutionExercise, gradOutput: Tensor) {
        let convolution = ConvolutionExercise.draw(ranges(difficulty), random: &random)
        let side = convolution.window.output
        return (convolution, random.nonZeroTensor([1, side, side], values: -2...3))
    }
}
