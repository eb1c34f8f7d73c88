extension Tensor {
    /// Creates a `[H][W]` tensor from rows, rejecting ragged rows.
    public init(matrix rows: [[Double]]) throws(ShapeError) {
        let shape = [rows.count, rows.first?.count ?? 0]
        guard rows.allSatisfy({ $0.count == shape[1] }) else { throw .ragged(shape: shape) }
        try self.init(shape: shape, scalars: rows.flatMap { $0 })
    }

    /// Creates a `[C][H][W]` tensor from channels of rows, rejecting ragged or mismatched channels.
    public init(channels: [[[Double]]]) throws(ShapeError) {
        let shape = [channels.count, channels.first?.count ?? 0, channels.first?.first?.count ?? 0]
        let regular = channels.allSatisfy { channel in
            channel.count == shape[1] && channel.allSatisfy { $0.count == shape[2] }
        }
        guard regular else { throw .ragged(shape: shape) }
        try self.init(shape: shape, scalars: channels.flatMap { $0.flatMap { $0 } })
    }

    /// Creates a `[F][C][KH][KW]` tensor from filters of channels of rows.
    public init(filters: [[[[Double]]]]) throws(ShapeError) {
        let first = filters.first
        let shape = [filters.count, first?.count ?? 0, first?.first?.count ?? 0, first?.first?.first?.count ?? 0]
        let regular = filters.allSatisfy { filter in
            filter.count == shape[1]
                && filter.allSatisfy { channel in
                    channel.count == shape[2] && channel.allSatisfy { $0.count == shape[3] }
                }
        }
        guard regular else { throw .ragged(shape: shape) }
        try self.init(shape: shape, scalars: filters.flatMap { $0.flatMap { $0.flatMap { $0 } } })
    }

    /// Creates a `[N]` tensor from a list of values.
    public init(vector: [Double]) throws(ShapeError) {
        try self.init(shape: [vector.count], scalars: vector)
    }
}
