/// The correct class of a classification loss, given as PyTorch takes it: a class index, or a one-hot vector.
public enum ClassTarget: Equatable, Hashable, Sendable {
    /// The class's index, 0-based.
    case index(Int)
    /// A vector `[N]` with a single 1 at the class and zeros elsewhere.
    case oneHot(Tensor)

    /// The class index and the one-hot vector y for `classes` classes, or why the target does not fit.
    public func resolved(classes: Int) throws(ShapeError) -> (index: Int, oneHot: Tensor) {
        switch self {
        case .index(let index):
            guard index >= 0 && index < classes else { throw .targetClassOutOfRange(index: index, classes: classes) }
            return (index, Tensor(shape: [classes]) { $0[0] == index ? 1 : 0 })
        case .oneHot(let vector):
            guard vector.shape == [classes] else { throw .targetShapeMismatch(expected: [classes], actual: vector.shape) }
            let ones = vector.scalars.indices.filter { vector.scalars[$0] == 1 }
            let zeros = vector.scalars.filter { $0 == 0 }.count
            guard ones.count == 1, zeros == classes - 1, let index = ones.first else {
                throw .targetNotOneHot(values: vector.scalars)
            }
            return (index, vector)
        }
    }
}
