import CNNEngine

/// Reads an image cell by cell: each step names one pixel's intensity, I[c][i][j].
public struct ImageReading: TracedOperation {
    /// The image, `[C][H][W]`.
    public let image: Tensor

    /// Creates a reading of `image`.
    public init(image: Tensor) {
        self.image = image
    }

    /// `.input`: each step names a pixel of the image itself.
    public var resultName: TensorName { .input }
    /// The image's shape.
    public var resultShape: [Int] { image.shape }

    /// The intensity at `index`.
    public func value(at index: [Int]) -> Double { image[index] }

    /// A single term: the pixel.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let operand = Operand.element(.input, targetIndex, image[targetIndex])
        return Step(
            number: number, target: .input, targetIndex: targetIndex, rule: .sum,
            terms: TermList(count: 1) { _ in Term(operand) }, bias: nil, total: image[targetIndex])
    }

    /// The image.
    public func result() -> Tensor { image }
}
