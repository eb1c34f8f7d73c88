extension TransposedAxis {
    /// The output size's arithmetic with this axis's numbers, PyTorch's formula
    /// (n − 1)·s − 2·p + d·(k − 1) + output_padding + 1, e.g. `(7 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 14`.
    public var outputSizeFormula: String {
        "(\(inputSize) − 1)·\(stride) − 2·\(padBefore) + \(dilation)·(\(kernelSize) − 1) + \(outputPadding) + 1 = \(outputSize)"
    }
}
