import CNNEngine
import LessonModel

/// An update in the code view: `w - lr * dw` in NumPy; the same arithmetic on tensors in PyTorch.
extension GradientDescentStep: OperationCode {
    var outputPrefix: String? { "w" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): one step of gradient descent, W <- W - lr * dL/dW with lr = \(PythonLiteral.number(learningRate))."
    }

    func numpyFunctions(backward: Bool) -> [String] { [] }

    func numpyForward(_ v: StageVariables) -> [String] {
        [NumPySnippet.array("dw\(v.number)", gradient), "\(v.output) = \(v.input) - \(PythonLiteral.number(learningRate)) * dw\(v.number)"]
    }

    func numpyBackward(_ v: StageVariables) -> [String] { [] }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        [
            writer.tensor("dw\(v.number)", gradient, gradient: false),
            "\(v.output) = \(v.input) - \(PythonLiteral.number(learningRate)) * dw\(v.number)",
        ]
    }
}
