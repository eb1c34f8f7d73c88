extension Conv2D {
    /// The index in `filters` that rotated-filter cell `[f][c][u][v]` shows: `[f][c][KH−1−u][KW−1−v]`.
    public func rotatedSource(_ f: Int, _ c: Int, _ u: Int, _ v: Int) -> [Int] {
        filters.rotated180Index(f, c, u, v)
    }

    /// Every filter turned by 180°, `[F][C][KH][KW]`.
    public var rotatedFilters: Tensor {
        Tensor(shape: filters.shape) { filters[rotatedSource($0[0], $0[1], $0[2], $0[3])] }
    }
}
