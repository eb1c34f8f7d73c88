extension Tensor {
    /// The index that cell `[a][b][u][v]` of this rank-4 kernel tensor shows once every kernel is turned by 180°:
    /// `[a][b][KH−1−u][KW−1−v]`. The one place the 180° turn is written; conv2d's dL/dX, conv_transpose2d's
    /// equivalent convolution, the screens and the practice coach all use it.
    public func rotated180Index(_ a: Int, _ b: Int, _ u: Int, _ v: Int) -> [Int] {
        [a, b, shape[2] - 1 - u, shape[3] - 1 - v]
    }
}
