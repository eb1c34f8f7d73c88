import CNNEngine
import LessonModel

/// A convolution in the code view: `conv2d` / `conv2d_backward` loops in NumPy, `F.conv2d` in PyTorch.
extension Conv2D: OperationCode {
    var outputPrefix: String? { "z" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): conv2d (cross-correlation), filters \(CodeSnippetPlan.shapeText(filters, layout: "[F][C][KH][KW]")),\n"
            + "# stride \(PythonLiteral.tuple(window.stride)), padding (top, bottom, left, right) = "
            + "\(PythonLiteral.tuple(window.padding)), dilation \(PythonLiteral.tuple(window.dilation))"
            + (groups > 1 ? ", groups \(groups)." : ".")
    }

    func numpyFunctions(backward: Bool) -> [String] {
        [NumPyFunctions.groupChannels, NumPyFunctions.conv2d] + (backward ? [NumPyFunctions.conv2dBackward] : [])
    }

    func numpyForward(_ v: StageVariables) -> [String] {
        let bias =
            hasBias
            ? [NumPySnippet.array("b\(v.number)", self.bias)]
            : ["b\(v.number) = np.zeros(\(filterCount))  # the lesson has no bias: zeros, so dL/db still shows"]
        return [NumPySnippet.array("w\(v.number)", filters)] + bias + [
            "\(v.output) = conv2d(\(v.input), w\(v.number), b\(v.number), \(geometry))"
        ]
    }

    func numpyBackward(_ v: StageVariables) -> [String] {
        ["\(v.gradInput), dw\(v.number), db\(v.number) = conv2d_backward(\(v.input), w\(v.number), \(v.gradOutput), \(geometry))"]
    }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        let bias =
            hasBias
            ? [writer.tensor("b\(v.number)", self.bias, gradient: true)]
            : [
                "b\(v.number) = torch.zeros(\(filterCount), dtype=torch.float64\(writer.requiresGrad))  # no bias in the lesson: zeros, so dL/db still shows"
            ]
        return [writer.tensor("w\(v.number)", filters, gradient: true)] + bias + [
            "\(v.output) = F.conv2d(\(PyTorchWriter.batched(v.input, window.padding, fill: nil)), w\(v.number), b\(v.number), "
                + "stride=\(PythonLiteral.tuple(window.stride))\(PyTorchWriter.paddingArgument(window.padding)), "
                + "dilation=\(PythonLiteral.tuple(window.dilation))\(groups > 1 ? ", groups=\(groups)" : ""))[0]"
        ]
    }

    private var geometry: String {
        "stride=\(PythonLiteral.tuple(window.stride)), pad=\(PythonLiteral.tuple(window.padding)), "
            + "dilation=\(PythonLiteral.tuple(window.dilation))" + (groups > 1 ? ", groups=\(groups)" : "")
    }
}
