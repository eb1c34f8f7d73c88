import CNNEngine
import LessonModel

/// A filter learned by gradient descent in the code view: the same loop as the lesson, iteration by iteration,
/// with `conv2d`, `mse_loss` and their backward passes in NumPy, and autograd with `torch.optim.SGD` in PyTorch.
/// Both print the learned filters as `output`, the first iteration's dL/dW as `grad_filters` and every iteration's
/// loss as `losses`, as `Lesson.results()` has them.
extension FilterDescent: OperationCode {
    var outputPrefix: String? { "w" }

    func comment(stage number: Int) -> String {
        let layer = iterations.first?.layer
        return "# Stage \(number): learn the filters W by plain gradient descent on the mean squared error against Y,\n"
            + "# \(iterations.count) iterations with learning rate \(PythonLiteral.number(learningRate)); convolution without bias, "
            + "stride \(layer.map { PythonLiteral.tuple($0.window.stride) } ?? ""), padding (top, bottom, left, right) = "
            + "\(layer.map { PythonLiteral.tuple($0.window.padding) } ?? ""), dilation \(layer.map { PythonLiteral.tuple($0.window.dilation) } ?? "")."
    }

    func numpyFunctions(backward: Bool) -> [String] {
        [
            NumPyFunctions.groupChannels, NumPyFunctions.conv2d, NumPyFunctions.crop, NumPyFunctions.conv2dBackward,
            NumPyFunctions.meanSquaredError,
        ]
    }

    func numpyForward(_ v: StageVariables) -> [String] {
        let n = v.number, bias = "np.zeros(\(filters(before: 0).shape[0]))"
        return targetLines(v, array: NumPySnippet.array, convolve: { "conv2d(\(v.input), \($0), \(bias), \(geometry))" }) + [
            NumPySnippet.array("w\(n)", filters(before: 0)),
            "losses\(n) = []",
            "for iteration in range(\(iterations.count)):",
            "    z = conv2d(\(v.input), w\(n), \(bias), \(geometry))  # Z = X (*) W",
            "    loss = mse_loss(z, y\(n))  # L = mean((Z - Y)^2)",
            "    losses\(n).append(float(loss[0]))",
            "    dz = mse_loss_backward(z, y\(n), np.ones(1))  # dL/dZ = 2 (Z - Y) / N",
            "    _, dw, _ = conv2d_backward(\(v.input), w\(n), dz, \(geometry))  # dL/dW = X (*) dL/dZ",
            "    if iteration == 0:",
            "        first_dw\(n) = dw",
            "    w\(n) = w\(n) - \(PythonLiteral.number(learningRate)) * dw  # W <- W - lr * dL/dW",
        ]
    }

    func numpyBackward(_ v: StageVariables) -> [String] { [] }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        let n = v.number, layer = iterations.first?.layer
        let call = { (filters: String) in
            "F.conv2d(\(PyTorchWriter.batched(v.input, layer?.window.padding ?? .zero, fill: nil)), \(filters), "
                + "stride=\(layer.map { PythonLiteral.tuple($0.window.stride) } ?? "1")"
                + "\(layer.map { PyTorchWriter.paddingArgument($0.window.padding) } ?? ""), "
                + "dilation=\(layer.map { PythonLiteral.tuple($0.window.dilation) } ?? "1"))[0]"
        }
        let plain = PyTorchWriter(backward: false)
        return targetLines(v, array: { plain.tensor($0, $1, gradient: false) }, convolve: call) + [
            PyTorchWriter(backward: true).tensor("w\(n)", filters(before: 0), gradient: true),
            "optimizer = torch.optim.SGD([w\(n)], lr=\(PythonLiteral.number(learningRate)))  # plain SGD: W <- W - lr * dL/dW",
            "losses\(n) = []",
            "for iteration in range(\(iterations.count)):",
            "    optimizer.zero_grad()",
            "    loss = F.mse_loss(\(call("w\(n)")), y\(n))",
            "    losses\(n).append(loss.item())",
            "    loss.backward()",
            "    if iteration == 0:",
            "        first_dw\(n) = w\(n).grad.clone()",
            "    optimizer.step()",
            "w\(n) = w\(n).detach()",
        ]
    }

    func resultLines(_ v: StageVariables) -> [String] {
        ["results[\"grad_filters\"] = first_dw\(v.number).tolist()", "results[\"losses\"] = losses\(v.number)"]
    }

    /// `y1 = …`: the target as given, or made from the target filters by the same convolution.
    private func targetLines(_ v: StageVariables, array: (String, Tensor) -> String, convolve: (String) -> String) -> [String] {
        guard let targetFilters else { return [array("y\(v.number)", target)] }
        return [array("w_target\(v.number)", targetFilters), "y\(v.number) = \(convolve("w_target\(v.number)"))  # Y = X (*) W*"]
    }

    private var geometry: String {
        guard let window = iterations.first?.layer.window else { return "" }
        return "stride=\(PythonLiteral.tuple(window.stride)), pad=\(PythonLiteral.tuple(window.padding)), "
            + "dilation=\(PythonLiteral.tuple(window.dilation))"
    }
}
