import CNNEngine
import LessonModel

/// Flatten in the code view: a reshape in NumPy, `torch.flatten` in PyTorch.
extension Flatten: OperationCode {
    var outputPrefix: String? { "v" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): flatten, [C][H][W] -> one vector, channel by channel."
    }

    func numpyFunctions(backward: Bool) -> [String] { [NumPyFunctions.flatten] }
    func numpyForward(_ v: StageVariables) -> [String] { ["\(v.output) = flatten(\(v.input))"] }
    func numpyBackward(_ v: StageVariables) -> [String] { ["\(v.gradInput) = flatten_backward(\(v.input), \(v.gradOutput))"] }
    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] { ["\(v.output) = torch.flatten(\(v.input))"] }
}
