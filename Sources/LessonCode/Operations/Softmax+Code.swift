import CNNEngine
import LessonModel

/// Softmax in the code view.
extension Softmax: OperationCode {
    var outputPrefix: String? { "p" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): softmax, e^z / sum(e^z)."
    }

    func numpyFunctions(backward: Bool) -> [String] {
        [NumPyFunctions.softmax] + (backward ? [NumPyFunctions.softmaxBackward] : [])
    }

    func numpyForward(_ v: StageVariables) -> [String] { ["\(v.output) = softmax(\(v.input))"] }
    func numpyBackward(_ v: StageVariables) -> [String] { ["\(v.gradInput) = softmax_backward(\(v.input), \(v.gradOutput))"] }
    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] { ["\(v.output) = F.softmax(\(v.input), dim=0)"] }
}
