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
    /// adding the terms in the order of `taps`. Eight outputs at a time stay in registers across all taps; the last
    /// chunk overlaps the one before rather than falling back to one output at a time (each output is computed alone,
    /// so computing it twice writes the same value).
    static func sumOfScaledRuns(
        start: Double, taps: UnsafeBufferPointer<Tap>, source: UnsafeBufferPointer<Double>, shift: Int,
        into destination: UnsafeMutableBufferPointer<Double>, at to: Int, count: Int
    ) {
        guard let source = source.baseAddress.map({ UnsafeRawPointer($0 + shift) }),
            let destination = destination.baseAddress.map({ UnsafeMutableRawPointer($0 + to) })
        else { return }
        let chunk = count >= 8 ? 8 : count >= 4 ? 4 : 1
        var x = 0
        while x < count {
            let at = min(x, count - chunk)
            switch chunk {
            case 8: sumEight(start, taps, source, destination, at)
            case 4: sumFour(start, taps, source, destination, at)
            default: sumOne(start, taps, source, destination, at)
            }
            x = at + chunk
        }
    }

    @inline(__always)
    private static func sumEight(
        _ start: Double, _ taps: UnsafeBufferPointer<Tap>, _ source: UnsafeRawPointer, _ destination: UnsafeMutableRawPointer,
        _ x: Int
    ) {
        let width = MemoryLayout<Double>.stride
        var (low, high) = (SIMD4<Double>(repeating: start), SIMD4<Double>(repeating: start))
        for tap in taps {
            let run = source + (tap.offset &+ x) &* width
            low += tap.weight * run.loadUnaligned(as: SIMD4<Double>.self)
            high += tap.weight * run.loadUnaligned(fromByteOffset: 4 * width, as: SIMD4<Double>.self)
        }
        destination.storeBytes(of: low, toByteOffset: x &* width, as: SIMD4<Double>.self)
        destination.storeBytes(of: high, toByteOffset: (x &+ 4) &* width, as: SIMD4<Double>.self)
    }

    @inline(__always)
    private static func sumFour(
        _ start: Double, _ taps: UnsafeBufferPointer<Tap>, _ source: UnsafeRawPointer, _ destination: UnsafeMutableRawPointer,
        _ x: Int
    ) {
        let width = MemoryLayout<Double>.stride
        var sum = SIMD4<Double>(repeating: start)
        for tap in taps { sum += tap.weight * (source + (tap.offset &+ x) &* width).loadUnaligned(as: SIMD4<Double>.self) }
        destination.storeBytes(of: sum, toByteOffset: x &* width, as: SIMD4<Double>.self)
    }

    @inline(__always)
    private static func sumOne(
        _ start: Double, _ taps: UnsafeBufferPointer<Tap>, _ source: UnsafeRawPointer, _ destination: UnsafeMutableRawPointer,
        _ x: Int
    ) {
        let width = MemoryLayout<Double>.stride
        var sum = start
        for tap in taps { sum += tap.weight * source.load(fromByteOffset: (tap.offset &+ x) &* width, as: Double.self) }
        destination.storeBytes(of: sum, toByteOffset: x &* width, as: Double.self)
    }

    /// `Σ_r Σ_i a[aStart + r·aRowStep + i] · b[bStart + r·bRowStep + i]` for `r` in `0..<rows`, `i` in `0..<count`:
    /// the dot product of two equally shaped blocks of rows. Partial sums are kept per SIMD lane and per leftover
    /// column across all rows, so the additions overlap instead of waiting for each other (the order of additions
    /// therefore differs from a left-to-right sum).
    static func dot(
        _ a: UnsafeBufferPointer<Double>, _ aStart: Int, rowStep aRowStep: Int,
        _ b: UnsafeBufferPointer<Double>, _ bStart: Int, rowStep bRowStep: Int, rows: Int, count: Int
    ) -> Double {
        guard let a = a.baseAddress.map({ UnsafeRawPointer($0 + aStart) }), let b = b.baseAddress.map({ UnsafeRawPointer($0 + bStart) })
        else { return 0 }
        let width = MemoryLayout<Double>.stride
        let (eights, fourEnd) = (count / 8 * 8, count / 4 * 4)
        var (low, high, quarter) = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
        var (rest0, rest1, rest2) = (0.0, 0.0, 0.0)
        for r in 0..<rows {
            let (aRow, bRow) = (a + r &* aRowStep &* width, b + r &* bRowStep &* width)
            func load(_ row: UnsafeRawPointer, _ i: Int) -> SIMD4<Double> {
                row.loadUnaligned(fromByteOffset: i &* width, as: SIMD4<Double>.self)
            }
            func product(_ i: Int) -> Double {
                aRow.load(fromByteOffset: i &* width, as: Double.self) * bRow.load(fromByteOffset: i &* width, as: Double.self)
            }
            var i = 0
            while i < eights {
                low += load(aRow, i) * load(bRow, i)
                high += load(aRow, i &+ 4) * load(bRow, i &+ 4)
                i &+= 8
            }
            if fourEnd > eights { quarter += load(aRow, eights) * load(bRow, eights) }
            if count > fourEnd { rest0 += product(fourEnd) }
            if count > fourEnd + 1 { rest1 += product(fourEnd + 1) }
            if count > fourEnd + 2 { rest2 += product(fourEnd + 2) }
        }
        return (low + high + quarter).sum() + (rest0 + rest1 + rest2)
    }
}
