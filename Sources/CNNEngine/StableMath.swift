#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(Musl)
    import Musl
#endif

/// The exponentials and logarithms of the activation and loss layers, in forms that do not overflow.
/// This is the only file that uses the C math library (the standard library has no `exp` or `log`).
public enum StableMath {
    /// The natural logarithm ln x (−∞ at 0).
    public static func logarithm(_ x: Double) -> Double { log(x) }

    /// σ(z) = 1 / (1 + e^(−z)); for z < 0 it is computed as e^z / (1 + e^z) so that e^(−z) cannot overflow.
    public static func sigmoid(_ z: Double) -> Double {
        guard z < 0 else { return 1 / (1 + exp(-z)) }
        let ez = exp(z)
        return ez / (1 + ez)
    }

    /// The softmax of `logits` as its parts: each e^(z_j − m) with m the largest logit, and their sum. The shift
    /// cancels in the ratio (e^(z_k − m) / Σ e^(z_j − m) = e^(z_k) / Σ e^(z_j)) and keeps every exponential ≤ 1.
    public static func softmaxParts(_ logits: [Double]) -> SoftmaxParts {
        let shift = logits.max() ?? 0
        let exponentials = logits.map { exp($0 - shift) }
        return SoftmaxParts(shift: shift, exponentials: exponentials, sum: exponentials.reduce(0, +))
    }

    /// −log softmax(z)[target] = log Σ e^(z_j) − z_target, with the log-sum-exp taken as m + log Σ e^(z_j − m).
    public static func negativeLogSoftmax(_ logits: [Double], target: Int) -> Double {
        let parts = softmaxParts(logits)
        return parts.shift + log(parts.sum) - logits[target]
    }
}

/// The pieces of a softmax: exponentials shifted by the largest logit, and their sum.
public struct SoftmaxParts: Equatable, Sendable {
    /// m, the largest logit, subtracted from every logit before exponentiating.
    public let shift: Double
    /// e^(z_j − m) for each logit, each in (0, 1].
    public let exponentials: [Double]
    /// Σ_j e^(z_j − m), at least 1.
    public let sum: Double

    /// softmax(z)[k] = e^(z_k − m) / Σ_j e^(z_j − m).
    public func probability(_ k: Int) -> Double { exponentials[k] / sum }
}
