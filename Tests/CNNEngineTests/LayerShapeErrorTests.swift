import CNNEngine
import Testing

/// Wrong shapes for the layers after convolution: each its own error, with a message that says what to fix.
@Suite struct LayerShapeErrorTests {
    @Test func flattenNeedsAnImage() {
        #expect(throws: ShapeError.rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: [4, 4])) {
            try Flatten(input: Tensor(zeros: [4, 4]))
        }
    }

    @Test func denseNeedsAVectorAndAMatrixThatFitIt() {
        let x = Tensor(zeros: [3])
        #expect(throws: ShapeError.rankMismatch(tensor: "input", layout: "[In]", actualShape: [1, 3])) {
            try Dense(input: Tensor(zeros: [1, 3]), weight: Tensor(zeros: [2, 3]))
        }
        #expect(throws: ShapeError.rankMismatch(tensor: "weight", layout: "[Out][In]", actualShape: [3])) {
            try Dense(input: x, weight: Tensor(zeros: [3]))
        }
        let columns = ShapeError.weightColumnsMismatch(inputCount: 3, weightColumns: 4)
        #expect(throws: columns) { try Dense(input: x, weight: Tensor(zeros: [2, 4])) }
        #expect(columns.description.hasPrefix("the weight matrix has 4 column(s) but the input has 3 value(s)"))
        let bias = ShapeError.denseBiasMismatch(outputCount: 2, biasCount: 3)
        #expect(throws: bias) { try Dense(input: x, weight: Tensor(zeros: [2, 3]), bias: Tensor(zeros: [3])) }
        #expect(bias.description == "bias has 3 value(s) but the layer has 2 output(s): give one bias per output")
    }

    @Test func gradientsOfTheWrongShape() throws {
        let dense = try Dense(input: Tensor(zeros: [3]), weight: Tensor(zeros: [2, 3]))
        #expect(throws: ShapeError.gradientShapeMismatch(gradient: "dL/dO", expected: [2], actual: [3])) {
            try dense.backward(gradOutput: Tensor(zeros: [3]))
        }
        #expect(throws: ShapeError.gradientShapeMismatch(gradient: "dL/dO", expected: [8], actual: [2, 2, 2])) {
            try Flatten(input: Tensor(zeros: [2, 2, 2])).backward(gradOutput: Tensor(zeros: [2, 2, 2]))
        }
        #expect(throws: ShapeError.gradientShapeMismatch(gradient: "dL/dO", expected: [3], actual: [2])) {
            try Softmax(input: Tensor(zeros: [3])).backward(gradOutput: Tensor(zeros: [2]))
        }
        #expect(throws: ShapeError.gradientShapeMismatch(gradient: "dL/dO", expected: [2], actual: [1])) {
            try Sigmoid(input: Tensor(zeros: [2])).backward(gradOutput: Tensor(zeros: [1]))
        }
    }

    @Test func softmaxAndTheLossesNeedVectors() {
        #expect(throws: ShapeError.rankMismatch(tensor: "logits", layout: "[N]", actualShape: [1, 3])) {
            try Softmax(input: Tensor(zeros: [1, 3]))
        }
        #expect(throws: ShapeError.rankMismatch(tensor: "probabilities", layout: "[N]", actualShape: [1, 3])) {
            try CrossEntropy(input: Tensor(zeros: [1, 3]), target: .index(0))
        }
        #expect(throws: ShapeError.rankMismatch(tensor: "logits", layout: "[N]", actualShape: [3, 1])) {
            try SoftmaxCrossEntropy(input: Tensor(zeros: [3, 1]), target: .index(0))
        }
    }

    @Test func targetsThatDoNotFit() {
        let p = Tensor(shape: [3]) { _ in 1.0 / 3 }
        let outOfRange = ShapeError.targetClassOutOfRange(index: 3, classes: 3)
        #expect(throws: outOfRange) { try CrossEntropy(input: p, target: .index(3)) }
        #expect(throws: ShapeError.targetClassOutOfRange(index: -1, classes: 3)) { try CrossEntropy(input: p, target: .index(-1)) }
        #expect(outOfRange.description == "target class 3 is not one of the 3 classes: use an index from 0 to 2")
        #expect(throws: ShapeError.targetShapeMismatch(expected: [3], actual: [2])) {
            try SoftmaxCrossEntropy(input: p, target: .oneHot(Tensor(vector: [0, 1])))
        }
        let notOneHot = ShapeError.targetNotOneHot(values: [0, 0.5, 0.5])
        #expect(throws: notOneHot) { try CrossEntropy(input: p, target: .oneHot(Tensor(vector: [0, 0.5, 0.5]))) }
        #expect(notOneHot.description == "the target [0.0, 0.5, 0.5] is not one-hot: give a single 1 and zeros elsewhere")
        #expect(throws: ShapeError.targetNotOneHot(values: [1, 1, 0])) {
            try CrossEntropy(input: p, target: .oneHot(Tensor(vector: [1, 1, 0])))
        }
        #expect(throws: ShapeError.targetShapeMismatch(expected: [2, 2], actual: [4])) {
            try MeanSquaredError(input: Tensor(zeros: [2, 2]), target: Tensor(zeros: [4]))
        }
    }
}
