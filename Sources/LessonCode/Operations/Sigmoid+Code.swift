import CNNEngine
import LessonModel

/// The sigmoid in the code view.
extension Sigmoid: OperationCode {
    var outputPrefix: String? { "a" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): sigmoid, 1 / (1 + e^-x) cell by cell."
    }

    func numpyFunctions(backward: Bool) -> [String] {
        [NumPyFunctions.sigmoid] + (backward ? [NumPyFunctions.sigmoidBackward] : [])
    }

    func numpyForward(_ v: StageVariables) -> [String] { ["\(v.output) = sigmoid(\(v.input))"] }
    func numpyBackward(_ v: StageVariables) -> [String] { ["\(v.gradInput) = sigmoid_backward(\(v.input), \(v.gradOutput))"] }
    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] { ["\(v.output) = torch.sigmoid(\(v.input))"] }
}
