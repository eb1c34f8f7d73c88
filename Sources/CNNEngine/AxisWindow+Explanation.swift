/// Why an axis has the output size it has, and what would make the stride fit exactly.
public struct OutputSizeExplanation: Equatable, Sendable {
    /// The geometry being explained.
    public let window: AxisWindow
    /// Input positions (0-based, unpadded) that no window tap ever reads.
    public let unvisitedInputPositions: [Int]
    /// Extra padding after the input that would make the last window end exactly at the edge.
    public let paddingToFit: Int?
    /// Strides from 1 up to the kernel span that divide the padded input exactly.
    public let fittingStrides: [Int]

    /// The arithmetic, e.g. `⌊(7 + 0 + 0 − 3) / 2⌋ + 1 = 3`; in ceil mode `⌈(6 + 0 + 0 − 3) / 2⌉ + 1 = 3`, with
    /// ` − 1` before `=` when PyTorch drops a last window that would start in the right padding.
    public var formula: String {
        let w = window
        let dilationTerm = w.dilation == 1 ? "\(w.kernelSize)" : "\(w.dilation)·(\(w.kernelSize)−1) − 1"
        let numerator = "\(w.inputSize) + \(w.padBefore) + \(w.padAfter) − \(dilationTerm)"
        let (open, close) = w.ceilMode ? ("⌈", "⌉") : ("⌊", "⌋")
        let dropped = w.dropsLastCeilWindow ? " − 1" : ""
        return "\(open)(\(numerator)) / \(w.stride)\(close) + 1\(dropped) = \(w.outputSize)"
    }

    /// Whether every padded cell ends up inside some window span.
    public var fitsExactly: Bool { window.leftover == 0 }
}

extension AxisWindow {
    /// Explains this axis's output size: the formula, unvisited input cells and what would fit.
    public func explainOutputSize() -> OutputSizeExplanation {
        var visited = Array(repeating: false, count: inputSize)
        for output in 0..<outputSize {
            for tap in 0..<kernelSize {
                let position = inputPosition(output: output, tap: tap)
                if position >= 0 && position < inputSize { visited[position] = true }
            }
        }
        let unvisited = visited.indices.filter { !visited[$0] }
        let reach = paddedSize - kernelSpan
        let fitting = (1...max(kernelSpan, 1)).filter { reach % $0 == 0 }
        return OutputSizeExplanation(
            window: self,
            unvisitedInputPositions: unvisited,
            paddingToFit: leftover == 0 ? nil : stride - leftover,
            fittingStrides: fitting
        )
    }
}
