import CNNEngine

extension RasterImage {
    /// This picture as a `[C][H][W]` tensor: channels mixed, shrunk by area averaging, scaled.
    ///
    /// Every value is computed exactly in integers and divided once: value = scale · Σ w · s / (W · maxValue),
    /// where s are stored samples, w the product of a row weight, a column weight and a channel weight, and
    /// W the sum of those products. So an 8-bit image at `scale: 255` and its own size gives its stored
    /// integers exactly, and shrinking a constant region gives that constant.
    /// - Throws: `invalidSize` if a side of `conversion.size` is below 1; `sizeLargerThanImage` if it
    ///   exceeds the image's (area averaging only shrinks).
    public func tensor(_ conversion: TensorConversion) throws(ImageFileError) -> Tensor {
        let target = conversion.size ?? size
        guard target.isPositive else { throw .invalidSize(target) }
        guard target.height <= size.height, target.width <= size.width else {
            throw .sizeLargerThanImage(requested: target, image: size)
        }
        let mix = ChannelMix(from: channels, to: conversion.channels ?? channels)
        let rows = AreaWeights(sourceCount: size.height, targetCount: target.height)
        let columns = AreaWeights(sourceCount: size.width, targetCount: target.width)
        let denominator = Double(rows.total * columns.total * mix.total * maxValue)
        var tensor = Tensor(zeros: [mix.weights.count, target.height, target.width])
        for (channel, weights) in mix.weights.enumerated() {
            // At the image's own size every weight is 1: the plane is the result (a lesson's first frame waits on this).
            let sums = target == size ? mixedPlane(weights) : shrunk(mixedPlane(weights), rows: rows, columns: columns)
            for (offset, sum) in sums.enumerated() {
                tensor.accumulate(Double(sum) * conversion.scale.rawValue / denominator, atFlat: channel * sums.count + offset)
            }
        }
        return tensor
    }

    /// Σ weight · stored sample for every pixel, row-major.
    private func mixedPlane(_ weights: [Int]) -> [Int] {
        let stored = channels.count
        var plane = [Int](repeating: 0, count: size.height * size.width)
        for pixel in plane.indices {
            var sum = 0
            for channel in 0..<stored { sum += weights[channel] * Int(samples[pixel * stored + channel]) }
            plane[pixel] = sum
        }
        return plane
    }

    /// The weighted sums of `plane` over each target cell: columns first, then rows.
    private func shrunk(_ plane: [Int], rows: AreaWeights, columns: AreaWeights) -> [Int] {
        let narrowed = (0..<size.height).flatMap { row in
            columns.spans.map { span in span.reduce(0) { $0 + $1.weight * plane[row * size.width + $1.source] } }
        }
        let width = columns.spans.count
        return rows.spans.flatMap { span in
            (0..<width).map { column in span.reduce(0) { $0 + $1.weight * narrowed[$1.source * width + column] } }
        }
    }
}
