import CNNEngine
import LessonModel

/// ReLU in the code view: `relu` / `relu_backward` in NumPy, `F.relu` in PyTorch.
extension ReLU: OperationCode {
    var outputPrefix: String? { "a" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): relu, max(0, x) cell by cell."
    }

    func numpyFunctions(backward: Bool) -> [String] {
        [NumPyFunctions.reluForward] + (backward ? [NumPyFunctions.reluBackward] : [])
    }

    func numpyForward(_ v: StageVariables) -> [String] {
        ["\(v.output) = relu(\(v.input))"]
    }

    func numpyBackward(_ v: StageVariables) -> [String] {
        ["\(v.gradInput) = relu_backward(\(v.input), \(v.gradOutput))"]
    }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        ["\(v.output) = F.relu(\(v.input))"]
    }
}
