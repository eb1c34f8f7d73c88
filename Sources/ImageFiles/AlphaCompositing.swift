/// Removes an alpha channel by compositing onto white: out = a·v + (1 − a)·white, per colour channel,
/// computed on the samples as stored (no gamma conversion) and rounded to the nearest integer.
enum AlphaCompositing {
    /// `samples` has `colourChannels + 1` samples per pixel, alpha last; the result has `colourChannels`.
    /// With `premultiplied`, colour samples already hold a·v (libpng's 16-bit linear output does).
    static func ontoWhite(_ samples: [UInt16], colourChannels: Int, maxValue: Int, premultiplied: Bool) -> [UInt16] {
        let pixelStride = colourChannels + 1
        var composited: [UInt16] = []
        composited.reserveCapacity(samples.count / pixelStride * colourChannels)
        for pixel in stride(from: 0, to: samples.count, by: pixelStride) {
            let alpha = Int(samples[pixel + colourChannels])
            for channel in 0..<colourChannels {
                let value = Int(samples[pixel + channel])
                let weighted = premultiplied ? value : (value * alpha + maxValue / 2) / maxValue
                composited.append(UInt16(min(maxValue, weighted + maxValue - alpha)))
            }
        }
        return composited
    }
}
