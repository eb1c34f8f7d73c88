import CNNEngine

/// A square window's geometry along one axis, chosen so its windows tile the padded input exactly: no row or
/// column left over, as the engine's `AxisWindow` counts it.
struct WindowChoice: Equatable {
    let input: Int, kernel: Int, stride: Int, padding: Int, dilation: Int
    /// Windows along the axis, from the engine.
    let output: Int

    /// Every combination that fits exactly with an output size in `outputs` and passes `keep`, in a fixed order.
    static func fitting(
        inputs: ClosedRange<Int>, kernels: ClosedRange<Int>, strides: ClosedRange<Int>, paddings: ClosedRange<Int>,
        dilations: ClosedRange<Int> = 1...1, outputs: ClosedRange<Int>, keep: (WindowChoice) -> Bool = { _ in true }
    ) -> [WindowChoice] {
        var choices: [WindowChoice] = []
        for input in inputs {
            for kernel in kernels {
                for stride in strides {
                    for padding in paddings {
                        for dilation in dilations {
                            guard
                                let axis = try? AxisWindow(
                                    axis: .rows, inputSize: input, kernelSize: kernel, stride: stride, dilation: dilation,
                                    padBefore: padding, padAfter: padding),
                                axis.leftover == 0, outputs.contains(axis.outputSize)
                            else { continue }
                            let choice = WindowChoice(
                                input: input, kernel: kernel, stride: stride, padding: padding, dilation: dilation,
                                output: axis.outputSize)
                            if keep(choice) { choices.append(choice) }
                        }
                    }
                }
            }
        }
        return choices
    }

    /// The geometry keys a lesson file needs for it, leaving out defaults (`stride` only when it differs from
    /// `defaultStride`).
    func fields(defaultStride: Int) -> [(key: String, value: LessonDraft.Value)] {
        var fields: [(key: String, value: LessonDraft.Value)] = []
        if stride != defaultStride { fields.append(("stride", .plain("\(stride)"))) }
        if padding != 0 { fields.append(("padding", .plain("\(padding)"))) }
        if dilation != 1 { fields.append(("dilation", .plain("\(dilation)"))) }
        return fields
    }

    /// `, stride 2, padding 1, dilation 2`, leaving out stride 1, no padding and dilation 1.
    var wording: String {
        (stride != 1 ? ", stride \(stride)" : "") + (padding != 0 ? ", padding \(padding)" : "")
            + (dilation != 1 ? ", dilation \(dilation)" : "")
    }
}

extension SeededRandom {
    /// A `shape` tensor of whole numbers drawn from `values`.
    mutating func tensor(_ shape: [Int], values: ClosedRange<Int>) -> Tensor {
        Tensor(shape: shape) { _ in Double(int(in: values)) }
    }

    /// Like `tensor`, but never all zeros (a filter that gives nothing to compute).
    mutating func nonZeroTensor(_ shape: [Int], values: ClosedRange<Int>) -> Tensor {
        var tensor = self.tensor(shape, values: values)
        while tensor.scalars.allSatisfy({ $0 == 0 }) { tensor = self.tensor(shape, values: values) }
        return tensor
    }
}
