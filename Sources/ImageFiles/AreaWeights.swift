/// Area averaging along one axis, as exact integer weights: which source cells each target cell covers
/// and by how much.
///
/// Target cell i spans source coordinates [i·S/T, (i+1)·S/T) for S source and T target cells. Measured in
/// units of 1/T, that is [i·S, (i+1)·S) and source cell r is [r·T, (r+1)·T), so every overlap is an integer;
/// all are then divided by gcd(S, T). Each target cell's weights sum to `total` = S / gcd(S, T), and a
/// 2-D box filter is the product of a row weight and a column weight.
struct AreaWeights {
    /// For each target cell, the source cells it overlaps and the overlap (in units of gcd(S, T) / T).
    let spans: [[(source: Int, weight: Int)]]
    /// The sum of every target cell's weights.
    let total: Int

    /// Weights for shrinking `sourceCount` cells to `targetCount` cells (1 ≤ target ≤ source).
    init(sourceCount: Int, targetCount: Int) {
        let unit = Self.greatestCommonDivisor(sourceCount, targetCount)
        spans = (0..<targetCount).map { target in
            let start = target * sourceCount, end = (target + 1) * sourceCount
            return (start / targetCount...(end - 1) / targetCount).map { source in
                let overlap = min(end, (source + 1) * targetCount) - max(start, source * targetCount)
                return (source, overlap / unit)
            }
        }
        total = sourceCount / unit
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : greatestCommonDivisor(b, a % b)
    }
}
