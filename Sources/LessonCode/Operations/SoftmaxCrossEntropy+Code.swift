import CNNEngine
import LessonModel

/// Cross-entropy from logits in the code view; the loss is a one-value array, as the tutor's L is.
extension SoftmaxCrossEntropy: OperationCode {
    var outputPrefix: String? { "loss" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): cross_entropy (softmax included) against class \(targetIndex), counted from 0."
    }

    func numpyFunctions(backward: Bool) -> [String] { [NumPyFunctions.softmax, NumPyFunctions.crossEntropy] }

    func numpyForward(_ v: StageVariables) -> [String] {
        ["t\(v.number) = \(targetIndex)", "\(v.output) = cross_entropy(\(v.input), t\(v.number))"]
    }

    func numpyBackward(_ v: StageVariables) -> [String] {
        ["\(v.gradInput) = cross_entropy_backward(\(v.input), t\(v.number), \(v.gradOutput))"]
    }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        [
            "t\(v.number) = torch.tensor([\(targetIndex)])",
            "\(v.output) = F.cross_entropy(\(v.input).unsqueeze(0), t\(v.number)).reshape(1)",
        ]
    }
}
