import CNNEngine
import Learning
import LessonModel

/// One image's way through the tiny network as an ordinary lesson: conv2d → relu → maxpool2d → flatten → linear →
/// cross_entropy against its label, forward and then backward from dL/dL = 1, every sum shown.
public enum NetworkLesson {
    /// The lesson for `sample` through `network`, with the given id and title.
    public static func lesson(network: TinyNetwork, sample: DigitSample, id: String, title: String) throws(ShapeError) -> Lesson {
        let pass = try network.forward(sample.image)
        let stages: [LessonStage] = [
            .convolution(pass.convolution), .relu(pass.rectifier), .pooling(pass.pooling), .flatten(pass.flatten), .linear(pass.dense),
            .crossEntropy(try SoftmaxCrossEntropy(input: pass.logits, target: .index(sample.label))),
        ]
        let shape = network.shape
        let introduction = """
            A \(shape.imageSize)×\(shape.imageSize) image of the digit \(sample.label) through the tiny network: \
            \(shape.filterCount) filters \(shape.kernelSize)×\(shape.kernelSize), ReLU, \(shape.poolSize)×\(shape.poolSize) max pooling, \
            flattening to \(shape.featureCount) values, a dense layer to \(shape.classCount) scores and cross-entropy against \
            class \(sample.label). The network predicts \(pass.prediction) with probability \
            \(PercentText.of(pass.probabilities.scalars[pass.prediction])). Then the backward pass, from dL/dL = 1 back to the filters.
            """
        return Lesson(
            id: id, title: title, introduction: introduction, sourceName: "built from the tiny network", stages: stages,
            gradOutput: Tensor(shape: [1]) { _ in 1 }, names: .standard, symbolic: false, narration: [:], expected: [], notes: [])
    }
}
