import CNNEngine

extension ExerciseGenerator {
    /// Exercise `number` of this generator's kind, drawn from `random`, without its answer key.
    func draft(number: Int, random: inout SeededRandom) -> LessonDraft {
        switch kind {
        case .convolution:
            let convolution = ConvolutionExercise.draw(ConvolutionExercise.forwardRanges(difficulty), random: &random)
            return LessonDraft(
                title: "Exercise \(number): \(convolution.sizeWording)",
                introduction: "Work out every cell of the output by hand: lay the filter on each window, multiply the pairs of "
                    + "cells and add the products\(convolution.bias == nil ? "" : " and the bias").",
                op: "conv2d", fields: convolution.fields)
        case .pooling:
            let pooling = PoolingExercise.draw(difficulty, random: &random)
            let backward = pooling.gradOutput == nil ? "" : " Then send dL/dP back: work out dL/dX."
            return LessonDraft(
                title: "Exercise \(number): \(pooling.sizeWording)",
                introduction: "Work out every cell of the pooled output by hand.\(backward)", op: pooling.op, fields: pooling.fields)
        case .backward:
            let (convolution, gradOutput) = BackwardExercise.draw(difficulty, random: &random)
            return LessonDraft(
                title: "Exercise \(number): backward pass of \(convolution.sizeWording)",
                introduction: "Work out the forward output, then from dL/dZ the gradients dL/dW, dL/dX and dL/db.",
                op: "conv2d", fields: convolution.fields + [("grad_output", .matrix(gradOutput))])
        case .shapes:
            let shapes = ShapesExercise.draw(difficulty, random: &random)
            let input = shapes.inputShape.map(String.init).joined(separator: ", ")
            return LessonDraft(
                title: "Exercise \(number): shapes and parameters of a \(shapes.layers.count)-layer ConvNet",
                introduction: "For each layer, work out its activation shape (height × width × channels, or units) and its "
                    + "learnable parameters.",
                op: "architecture", fields: [("input_shape", .plain("[\(input)]")), ("layers", .items(shapes.layers))])
        case .transposed:
            let transposed = TransposedExercise.draw(difficulty, random: &random)
            let backward = transposed.gradOutput == nil ? "" : " Then from dL/dZ work out dL/dW, dL/dX and dL/db."
            return LessonDraft(
                title: "Exercise \(number): transposed convolution, \(transposed.sizeWording)",
                introduction: "Every input cell lays a copy of the kernel, scaled by its value, on the output, a stride apart; "
                    + "where copies overlap, add them\(transposed.bias == nil ? "" : ", then add the bias"). Work out every output "
                    + "cell.\(backward)",
                op: "conv_transpose2d", fields: transposed.fields)
        }
    }
}
