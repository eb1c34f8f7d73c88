import CNNEngine
import LessonModel

/// Max or average pooling in the code view: explicit window loops in NumPy, `F.max_pool2d` / `F.avg_pool2d`
/// in PyTorch.
extension Pool2D: OperationCode {
    var outputPrefix: String? { "p" }

    func comment(stage number: Int) -> String {
        "# Stage \(number): \(functionName), window \(PythonLiteral.tuple(window.kernel)),\n# stride "
            + "\(PythonLiteral.tuple(window.stride)), padding (top, bottom, left, right) = "
            + "\(PythonLiteral.tuple(window.padding))."
    }

    func numpyFunctions(backward: Bool) -> [String] {
        switch kind {
        case .max:
            return [NumPyFunctions.poolGeometry, NumPyFunctions.maxPool2d] + (backward ? [NumPyFunctions.maxPool2dBackward] : [])
        case .average:
            return [NumPyFunctions.poolGeometry, NumPyFunctions.averageCounts, NumPyFunctions.averagePool2d]
                + (backward ? [NumPyFunctions.averagePool2dBackward] : [])
        }
    }

    func numpyForward(_ v: StageVariables) -> [String] {
        ["\(v.output) = \(functionName)(\(v.input), \(geometry))"]
    }

    func numpyBackward(_ v: StageVariables) -> [String] {
        ["\(v.gradInput) = \(functionName)_backward(\(v.input), \(v.gradOutput), \(geometry))"]
    }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        let arguments =
            "kernel_size=\(PythonLiteral.tuple(window.kernel)), stride=\(PythonLiteral.tuple(window.stride))"
            + PyTorchWriter.paddingArgument(window.padding) + options
        switch kind {
        case .max:
            return [
                "\(v.output) = F.max_pool2d(\(PyTorchWriter.batched(v.input, window.padding, fill: "float(\"-inf\")")), \(arguments))[0]"
            ]
        case .average:
            let counting =
                CodeSnippetPlan.isSymmetric(window.padding) && window.padding != .zero
                ? ", count_include_pad=\(countIncludePad ? "True" : "False")" : ""
            return ["\(v.output) = F.avg_pool2d(\(PyTorchWriter.batched(v.input, window.padding, fill: nil)), \(arguments)\(counting))[0]"]
        }
    }

    /// `maxpool2d` or `avgpool2d`: the NumPy function's name, as lesson files write the operation.
    private var functionName: String { operationName }

    private var geometry: String {
        "size=\(PythonLiteral.tuple(window.kernel)), stride=\(PythonLiteral.tuple(window.stride)), "
            + "pad=\(PythonLiteral.tuple(window.padding))" + options
            + (kind == .average && !countIncludePad ? ", count_include_pad=False" : "")
    }

    /// `, dilation=(2, 2)` and `, ceil_mode=True` where they differ from the defaults (max pooling only has a
    /// dilation, as in PyTorch).
    private var options: String {
        (window.dilation != Pair(1) ? ", dilation=\(PythonLiteral.tuple(window.dilation))" : "")
            + (window.ceilMode ? ", ceil_mode=True" : "")
    }
}
