import CNNEngine
import LessonModel
import LessonText

/// A common mistake that explains a wrong answer, recomputed from the same step.
public struct Mistake: Sendable, Equatable {
    /// Which mistake.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The kernel was flipped (a true convolution instead of the correlation frameworks compute).
        case kernelFlipped
        /// The bias was left out.
        case biasForgotten
        /// The input was used without its padding (the window placed on the unpadded input).
        case paddingSkipped
        /// The window was placed one cell off.
        case windowShiftedByOne
        /// The window was placed one stride off (the neighbouring output's window).
        case windowShiftedByStride
        /// One product's sign was dropped.
        case signDropped
        /// The result's own sign was turned: its minus dropped, or one added.
        case resultSignTurned
        /// Not the largest value of the pooling window.
        case wrongWinner
        /// The average was not divided by the window size (or divided by the wrong count).
        case averageNotDivided
        /// For dL/dX: the filter was not rotated by 180°.
        case filterNotRotated
        /// A mean, a softmax or a loss gradient was not divided (by N, or by the sum of exponentials).
        case notDivided
        /// A minus sign in a formula was left out (e^−x written e^x, −log p written log p).
        case minusLeftOut
        /// A difference was not squared, or a gradient's factor 2 was left out.
        case powerLeftOut
        /// The one-hot target was not subtracted from the probabilities.
        case targetNotSubtracted
        /// An update added the gradient instead of subtracting it.
        case gradientAdded
        /// An update subtracted the gradient without scaling it by the learning rate.
        case learningRateLeftOut
    }

    /// Which mistake.
    public let kind: Kind
    /// What that mistake gives.
    public let value: Double
    /// A sentence for the student.
    public let explanation: String
}

/// Diagnoses wrong practice answers by recomputing the cell under common mistakes.
public enum PracticeCoach {
    /// Every mistake whose result matches `answer`, in the order of `candidates`, each explanation once; empty
    /// when none does (or when the answer is right). Several mistakes often give the same number (a flipped
    /// kernel and a forgotten bias both give 2 on `padding-one-symbolic`'s second step), and naming one alone
    /// could send the student after the wrong one.
    public static func diagnose(_ answer: TypedNumber, step: Step, phase: Phase, glyphs: Glyphs = .unicode) -> [Mistake] {
        guard !answer.matches(step.total) else { return [] }
        var seen: Set<String> = []
        return candidates(step: step, phase: phase, glyphs: glyphs).filter { mistake in
            answer.matches(mistake.value) && seen.insert(mistake.explanation).inserted
        }
    }

    /// Every mistake that applies to this step, with its value: the operation's own, the result's sign turned,
    /// then a product's sign dropped.
    public static func candidates(step: Step, phase: Phase, glyphs: Glyphs = .unicode) -> [Mistake] {
        var result = phase.stage.mistakes.mistakes(phase.kind, step: step, glyphs: glyphs)
        if step.total != 0 && step.total.isFinite { result.append(resultSignMistake(step)) }
        if step.rule == .sum { result += signMistakes(step, glyphs: glyphs) }
        return result
    }

    /// The result with its sign turned. The explanation names no number, so it gives nothing more away.
    private static func resultSignMistake(_ step: Step) -> Mistake {
        Mistake(
            kind: .resultSignTurned, value: -step.total,
            explanation: "That is the right size with the wrong sign: look again at which terms are negative.")
    }

    private static func signMistakes(_ step: Step, glyphs: Glyphs) -> [Mistake] {
        step.terms.prefix(256).compactMap { term -> Mistake? in
            let product = term.product
            guard product != 0 else { return nil }
            let text =
                term.right.map {
                    NumberText.factor(term.left.value, glyphs: glyphs) + glyphs.times + NumberText.factor($0.value, glyphs: glyphs)
                } ?? NumberText.format(product, glyphs: glyphs)
            return Mistake(
                kind: .signDropped, value: step.total - 2 * product,
                explanation:
                    "That is the sum with the sign of \(text) dropped: it contributes \(NumberText.format(product, glyphs: glyphs)).")
        }
    }
}

/// The mistakes students make in one kind of operation, each recomputed from the same step so the coach can
/// say what a wrong number means. Each operation conforms in its own file under `Operations/`.
public protocol OperationMistakes {
    /// The mistakes that apply to a step of phase `kind`, with the values they give.
    func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake]
}

extension LessonStage {
    /// The mistakes of the stage's operation: the one switch over operations in this layer.
    public var mistakes: any OperationMistakes {
        switch self {
        case .image(let image): return image
        case .convolution(let conv): return conv
        case .transposedConvolution(let conv): return conv
        case .relu(let relu): return relu
        case .pooling(let pool): return pool
        case .architecture(let stack): return stack
        case .flatten(let flatten): return flatten
        case .linear(let dense): return dense
        case .sigmoid(let sigmoid): return sigmoid
        case .softmax(let softmax): return softmax
        case .meanSquaredError(let loss): return loss
        case .crossEntropy(let loss): return loss
        case .gradientStep(let step): return step
        case .learnFilter(let descent): return descent
        }
    }
}
