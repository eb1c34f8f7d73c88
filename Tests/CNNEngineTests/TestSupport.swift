import CNNEngine

/// A small deterministic generator (SplitMix64) so random-shape tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Tensor {
    /// A tensor of values uniform in −1…1, kept away from 0 by at least `margin` (for ReLU kinks).
    static func random(_ shape: [Int], using generator: inout SeededGenerator, margin: Double = 0) -> Tensor {
        Tensor(shape: shape) { _ in
            let magnitude = Double.random(in: margin...1, using: &generator)
            return Bool.random(using: &generator) ? magnitude : -magnitude
        }
    }

    /// The same tensor with one flat position moved by `delta`.
    func nudged(atFlat flat: Int, by delta: Double) -> Tensor {
        var copy = self
        copy.accumulate(delta, atFlat: flat)
        return copy
    }
}

/// Whether two numbers agree to `tolerance`, relative to their size.
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    if a == b { return true }
    return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}

/// Whether two tensors have the same shape and values to `tolerance`.
func isClose(_ a: Tensor, _ b: Tensor, tolerance: Double = 1e-9) -> Bool {
    a.shape == b.shape && zip(a.scalars, b.scalars).allSatisfy { isClose($0, $1, tolerance: tolerance) }
}

/// Σ G ⊙ O: a loss whose gradient with respect to O is exactly G.
func weightedSum(_ output: Tensor, _ weights: Tensor) -> Double {
    zip(output.scalars, weights.scalars).reduce(0) { $0 + $1.0 * $1.1 }
}

/// Central finite difference of `loss` with respect to every value of `tensor`.
func numericalGradient(of tensor: Tensor, step: Double = 1e-5, loss: (Tensor) -> Double) -> Tensor {
    var gradient = Tensor(zeros: tensor.shape)
    for flat in 0..<tensor.count {
        let up = loss(tensor.nudged(atFlat: flat, by: step)), down = loss(tensor.nudged(atFlat: flat, by: -step))
        gradient.accumulate((up - down) / (2 * step), atFlat: flat)
    }
    return gradient
}

/// Whether a gradient computed by the engine agrees with central finite differences of `loss` at `tensor`.
func matchesFiniteDifferences(_ gradient: Tensor, at tensor: Tensor, loss: (Tensor) -> Double) -> Bool {
    isClose(gradient, numericalGradient(of: tensor, loss: loss), tolerance: 1e-6)
}

/// Every step of an operation: recomputed from its terms, its stated total and the full result all agree.
func tracesMatchResult(_ operation: some TracedOperation) -> Bool {
    let result = operation.result()
    return (0..<operation.stepCount).allSatisfy { number in
        guard let step = operation.step(at: number) else { return false }
        let cell = result[step.targetIndex]
        return isClose(step.total, cell) && isClose(step.recomputedTotal(), cell)
    }
}
