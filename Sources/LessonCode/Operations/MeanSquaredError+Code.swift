import CNNEngine
import LessonModel

/// Mean-squared error in the code view; the loss is a one-value array, as the tutor's L is.
extension MeanSquaredError: OperationCode {
    var outputPrefix: String? { "loss" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): mse_loss against the target t\(number)."
    }

    func numpyFunctions(backward: Bool) -> [String] { [NumPyFunctions.meanSquaredError] }

    func numpyForward(_ v: StageVariables) -> [String] {
        [NumPySnippet.array("t\(v.number)", target), "\(v.output) = mse_loss(\(v.input), t\(v.number))"]
    }

    func numpyBackward(_ v: StageVariables) -> [String] {
        ["\(v.gradInput) = mse_loss_backward(\(v.input), t\(v.number), \(v.gradOutput))"]
    }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        [writer.tensor("t\(v.number)", target, gradient: false), "\(v.output) = F.mse_loss(\(v.input), t\(v.number)).reshape(1)"]
    }
}
