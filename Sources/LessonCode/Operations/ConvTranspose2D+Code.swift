import CNNEngine
import LessonModel

/// A transposed convolution in the code view: stamping loops in NumPy, `F.conv_transpose2d` in PyTorch.
extension ConvTranspose2D: OperationCode {
    var outputPrefix: String? { "z" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): conv_transpose2d, weight \(CodeSnippetPlan.shapeText(weight, layout: "[C][F/groups][KH][KW]")),\n"
            + "# \(arguments(pythonNames: true))."
    }

    func numpyFunctions(backward: Bool) -> [String] {
        [NumPyFunctions.convTranspose2d] + (backward ? [NumPyFunctions.convTranspose2dBackward] : [])
    }

    func numpyForward(_ v: StageVariables) -> [String] {
        let bias =
            hasBias
            ? [NumPySnippet.array("b\(v.number)", self.bias)]
            : ["b\(v.number) = np.zeros(\(outputChannelCount))  # the lesson has no bias: zeros, so dL/db still shows"]
        return [NumPySnippet.array("w\(v.number)", weight)] + bias
            + ["\(v.output) = conv_transpose2d(\(v.input), w\(v.number), b\(v.number), \(arguments(pythonNames: false)))"]
    }

    func numpyBackward(_ v: StageVariables) -> [String] {
        [
            "\(v.gradInput), dw\(v.number), db\(v.number) = conv_transpose2d_backward(\(v.input), w\(v.number), \(v.gradOutput), "
                + "\(arguments(pythonNames: false)))"
        ]
    }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        let bias =
            hasBias
            ? [writer.tensor("b\(v.number)", self.bias, gradient: true)]
            : [
                "b\(v.number) = torch.zeros(\(outputChannelCount), dtype=torch.float64\(writer.requiresGrad))  # no bias in the lesson: zeros, so dL/db still shows"
            ]
        return [writer.tensor("w\(v.number)", weight, gradient: true)] + bias
            + ["\(v.output) = F.conv_transpose2d(\(v.input).unsqueeze(0), w\(v.number), b\(v.number), \(arguments(pythonNames: true)))[0]"]
    }

    /// `stride=(2, 2), padding=(0, 0), output_padding=(0, 0), groups=1, dilation=(1, 1)` (PyTorch's keywords), or the
    /// NumPy function's `stride=…, pad=…, output_pad=…, dilation=…, groups=…`.
    private func arguments(pythonNames: Bool) -> String {
        let stride = "stride=\(PythonLiteral.tuple(window.stride))"
        let padding = (pythonNames ? "padding=" : "pad=") + PythonLiteral.tuple(window.padding)
        let outputPadding = (pythonNames ? "output_padding=" : "output_pad=") + PythonLiteral.tuple(window.outputPadding)
        let rest = "groups=\(groups), dilation=\(PythonLiteral.tuple(window.dilation))"
        return pythonNames
            ? [stride, padding, outputPadding, rest].joined(separator: ", ")
            : [stride, padding, outputPadding, "dilation=\(PythonLiteral.tuple(window.dilation))", "groups=\(groups)"].joined(
                separator: ", ")
    }
}
