/// An input `[C][H][W]` seen through the padding of a sliding window: what the kernel actually slides over.
public struct PaddedInput: Sendable {
    /// The unpadded input.
    public let input: Tensor
    /// The window geometry that decides the padding.
    public let window: SlidingWindow2D
    /// The value a padding cell contributes: 0 for sums and averages, −∞ for max pooling.
    public let paddingValue: Double

    /// Padded height and width.
    public var size: Pair { Pair(rows: window.rows.paddedSize, columns: window.columns.paddedSize) }

    /// The operand at padded position `(row, column)` of `channel`.
    public func operand(channel: Int, row: Int, column: Int) -> Operand {
        let sourceRow = row - window.rows.padBefore, sourceColumn = column - window.columns.padBefore
        let position = [channel, row, column]
        guard sourceRow >= 0, sourceRow < input.shape[1], sourceColumn >= 0, sourceColumn < input.shape[2] else {
            return Operand(tensor: .input, position: position, source: nil, value: paddingValue, origin: .padding)
        }
        let source = [channel, sourceRow, sourceColumn]
        return Operand(tensor: .input, position: position, source: source, value: input[source], origin: .element)
    }

    /// The value at padded position `(row, column)` of `channel`.
    @inlinable public func value(channel: Int, row: Int, column: Int) -> Double {
        let sourceRow = row - window.rows.padBefore, sourceColumn = column - window.columns.padBefore
        guard sourceRow >= 0, sourceRow < input.shape[1], sourceColumn >= 0, sourceColumn < input.shape[2] else {
            return paddingValue
        }
        return input[channel, sourceRow, sourceColumn]
    }

    /// `value(channel:row:column:)` for one channel, with the geometry worked out once: a picture of the input
    /// samples every pixel on screen through it, every frame.
    public func sampler(channel: Int) -> @Sendable (Int, Int) -> Double {
        let top = window.rows.padBefore, left = window.columns.padBefore, height = input.shape[1], width = input.shape[2]
        let base = channel * input.strides[0], rowStride = input.strides[1], scalars = input.scalars, padding = paddingValue
        return { row, column in
            let sourceRow = row - top, sourceColumn = column - left
            guard sourceRow >= 0, sourceRow < height, sourceColumn >= 0, sourceColumn < width else { return padding }
            return scalars[base + sourceRow * rowStride + sourceColumn]
        }
    }
}
