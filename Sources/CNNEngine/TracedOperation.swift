/// An operation whose every result cell can be computed alone and explained as a `Step`.
public protocol TracedOperation: Sendable {
    /// The tensor this operation fills in.
    var resultName: TensorName { get }
    /// The shape of the result.
    var resultShape: [Int] { get }
    /// One result cell, computed directly without building its step.
    func value(at index: [Int]) -> Double
    /// The explanation of the cell at `targetIndex`.
    func makeStep(number: Int, targetIndex: [Int]) -> Step
    /// The whole result.
    func result() -> Tensor
    /// How many terms step `number` has, without computing the step (0 when out of range).
    func termCount(ofStep number: Int) -> Int
}

extension TracedOperation {
    /// The number of steps: one per result cell.
    public var stepCount: Int { resultShape.reduce(1, *) }

    /// Step `number` in row-major order of the result, or nil when out of range.
    public func step(at number: Int) -> Step? {
        guard number >= 0 && number < stepCount else { return nil }
        return makeStep(number: number, targetIndex: Tensor.index(ofFlat: number, in: resultShape))
    }

    /// The step that fills in `index`, or nil when it is outside the result.
    public func step(for index: [Int]) -> Step? {
        guard index.count == resultShape.count, zip(index, resultShape).allSatisfy({ $0 >= 0 && $0 < $1 }) else {
            return nil
        }
        var number = 0
        for (position, size) in zip(index, resultShape) { number = number * size + position }
        return makeStep(number: number, targetIndex: index)
    }

    /// The default: builds the step and counts its terms (operations whose count is a formula override this).
    public func termCount(ofStep number: Int) -> Int {
        step(at: number)?.terms.count ?? 0
    }

    /// The result computed cell by cell with `value(at:)`.
    public func resultCellByCell() -> Tensor {
        Tensor(shape: resultShape) { value(at: $0) }
    }

}
