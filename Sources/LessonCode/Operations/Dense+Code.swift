import CNNEngine
import LessonModel

/// A linear layer in the code view: `w @ x + b` in NumPy, `F.linear` in PyTorch.
extension Dense: OperationCode {
    var outputPrefix: String? { "y" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): linear, weight \(CodeSnippetPlan.shapeText(weight, layout: "[Out][In]")): y = W x + b."
    }

    func numpyFunctions(backward: Bool) -> [String] {
        [NumPyFunctions.linear] + (backward ? [NumPyFunctions.linearBackward] : [])
    }

    func numpyForward(_ v: StageVariables) -> [String] {
        let bias =
            hasBias
            ? [NumPySnippet.array("b\(v.number)", self.bias)]
            : ["b\(v.number) = np.zeros(\(outputCount))  # the lesson has no bias: zeros, so dL/db still shows"]
        return [NumPySnippet.array("w\(v.number)", weight)] + bias + ["\(v.output) = linear(\(v.input), w\(v.number), b\(v.number))"]
    }

    func numpyBackward(_ v: StageVariables) -> [String] {
        ["\(v.gradInput), dw\(v.number), db\(v.number) = linear_backward(\(v.input), w\(v.number), \(v.gradOutput))"]
    }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        let bias =
            hasBias
            ? [writer.tensor("b\(v.number)", self.bias, gradient: true)]
            : [
                "b\(v.number) = torch.zeros(\(outputCount), dtype=torch.float64\(writer.requiresGrad))  # no bias in the lesson: zeros, so dL/db still shows"
            ]
        return [writer.tensor("w\(v.number)", weight, gradient: true)] + bias + [
            "\(v.output) = F.linear(\(v.input), w\(v.number), b\(v.number))"
        ]
    }
}
