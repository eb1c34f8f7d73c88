/// The inner loops every bulk convolution pass reduces to, on raw buffers (unchecked in release builds) and in
/// `SIMD4<Double>` chunks so the compiler keeps them in vector registers.
enum RowKernels {
    /// One term of a row sum: `weight` times the run of the source that starts at `offset`.
    struct Tap {
        /// The factor every value of the run is multiplied by.
        var weight: Double
        /// Where the run starts in the source, relative to the row being summed.
        var offset: Int
    }

    /// `destination[to + x] = start + Σ_t taps[t].weight · source[shift + taps[t].offset + x]` for `x` in `0..<count`,
    /// adding the terms in the order of `taps`; eight outputs at a time stay in registers across all taps.
    static func sumOfScaledRuns(
        start: Double, taps: UnsafeBufferPointer<Tap>, source: UnsafeBufferPointer<Double>, shift: Int,
        into destination: UnsafeMutableBufferPointer<Double>, at to: Int, count: Int
    ) {
        guard let source = source.baseAddress.map({ UnsafeRawPointer($0 + shift) }),
            let destination = destination.baseAddress.map({ UnsafeMutableRawPointer($0 + to) })
        else { return }
        let width = MemoryLayout<Double>.stride
        var x = 0
        while x + 8 <= count {
            var (low, high) = (SIMD4<Double>(repeating: start), SIMD4<Double>(repeating: start))
            for tap in taps {
                let run = source + (tap.offset + x) * width
                low += tap.weight * run.loadUnaligned(as: SIMD4<Double>.self)
                high += tap.weight * run.loadUnaligned(fromByteOffset: 4 * width, as: SIMD4<Double>.self)
            }
            destination.storeBytes(of: low, toByteOffset: x * width, as: SIMD4<Double>.self)
            destination.storeBytes(of: high, toByteOffset: (x + 4) * width, as: SIMD4<Double>.self)
            x += 8
        }
        while x < count {
            var sum = start
            for tap in taps { sum += tap.weight * source.load(fromByteOffset: (tap.offset + x) * width, as: Double.self) }
            destination.storeBytes(of: sum, toByteOffset: x * width, as: Double.self)
            x += 1
        }
    }

    /// `destination[to + i] += scale · source[from + i]` for `i` in `0..<count`.
    @inline(__always)
    static func addScaled(
        _ scale: Double, _ source: UnsafeBufferPointer<Double>, from: Int,
        to destination: UnsafeMutableBufferPointer<Double>, at to: Int, count: Int
    ) {
        guard let source = source.baseAddress.map({ $0 + from }), let destination = destination.baseAddress.map({ $0 + to })
        else { return }
        for i in 0..<count { destination[i] += scale * source[i] }
    }

    /// `Σ a[aStart + i] · b[bStart + i]` for `i` in `0..<count`, in eight interleaved partial sums so the additions
    /// overlap instead of waiting for each other (so the order of additions differs from a left-to-right sum).
    @inline(__always)
    static func dot(_ a: UnsafeBufferPointer<Double>, _ aStart: Int, _ b: UnsafeBufferPointer<Double>, _ bStart: Int, count: Int) -> Double {
        guard let a = a.baseAddress.map({ UnsafeRawPointer($0 + aStart) }), let b = b.baseAddress.map({ UnsafeRawPointer($0 + bStart) })
        else { return 0 }
        let width = MemoryLayout<Double>.stride
        var (low, high) = (SIMD4<Double>(), SIMD4<Double>())
        var i = 0
        while i + 8 <= count {
            let byte = i * width
            low += a.loadUnaligned(fromByteOffset: byte, as: SIMD4<Double>.self) * b.loadUnaligned(fromByteOffset: byte, as: SIMD4<Double>.self)
            high += a.loadUnaligned(fromByteOffset: byte + 4 * width, as: SIMD4<Double>.self)
                * b.loadUnaligned(fromByteOffset: byte + 4 * width, as: SIMD4<Double>.self)
            i += 8
        }
        var sum = (low + high).sum()
        while i < count {
            sum += a.load(fromByteOffset: i * width, as: Double.self) * b.load(fromByteOffset: i * width, as: Double.self)
            i += 1
        }
        return sum
    }
}
