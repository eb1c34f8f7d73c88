import CNNEngine
import LessonCode
import LessonModel
import LessonPictures
import LessonPractice
import LessonText

/// A lesson being played: which phase and step is shown, how much of the step is revealed, and the animation.
public struct PlayerState: Sendable {
    /// The lesson.
    public let lesson: Lesson
    /// Its phases, in order.
    public let phases: [Phase]
    /// The phase shown.
    public private(set) var phaseIndex = 0
    /// The step shown within the phase.
    public private(set) var stepIndex = 0
    /// How far the step is revealed: 0 = window placed, then chunks of terms, `revealStages` = sum shown.
    public private(set) var reveal: Int
    /// Whether the animation runs.
    public var playing = false
    /// Speed level (see `Speed`).
    public var speedLevel = Speed.defaultLevel
    /// The input channel shown for multi-channel steps, when not following the animation.
    public var focusChannel = 0
    /// Practice mode, when on.
    public private(set) var practice: PracticeState?
    /// Whether the lesson's last step has been shown whole at some point.
    public private(set) var reachedEnd = false
    /// Numbers or pictures, and the pictures' zoom and pan.
    public var picture: PictureView

    /// Most animation sub-steps a step is split into (long sums reveal several terms per tick).
    public static let maxTermStages = 12

    /// Opens a lesson at its first step, fully revealed (or waiting for an answer in practice mode).
    public init(lesson: Lesson, practice: PracticeState? = nil) {
        self.lesson = lesson
        self.phases = lesson.phases
        self.reveal = 0
        self.picture = .opening(lesson)
        self.step = phases.first?.operation?.step(at: 0)
        let result = phases.first?.operation?.result()
        self.phaseResult = result
        self.pictureScales = phases.first.map { Self.pictureScales(of: $0, result: result, lesson: lesson) } ?? [:]
        self.termCount = phases.first?.operation.map { max(1, $0.termCount(ofStep: 0)) } ?? 1
        self.reveal = revealStages
        self.practice = practice
        askIfPractising()
    }

    /// The phase shown.
    public var phase: Phase { phases[phaseIndex] }

    /// Steps in the phase shown.
    public var stepCount: Int { phase.stepCount }

    /// The step shown (nil for table phases), built once when the step changes rather than every frame.
    public private(set) var step: Step?
    /// The whole result of the phase shown (nil for a table), computed by the engine's bulk path when the
    /// phase is entered, so drawing only reads it.
    public private(set) var phaseResult: Tensor?
    /// How each tensor of the phase shown is pictured (grey ramp or diverging map), computed with `phaseResult`.
    public private(set) var pictureScales: [TensorName: PictureScale]

    /// Terms of the step shown (table rows count as one); kept when the step changes, since many questions
    /// about the reveal are asked per frame.
    public private(set) var termCount = 1

    /// Terms revealed per animation sub-step.
    public var termsPerStage: Int { max(1, (termCount + Self.maxTermStages - 1) / Self.maxTermStages) }

    /// The value of `reveal` at which the step is complete.
    public var revealStages: Int { (termCount + termsPerStage - 1) / termsPerStage + 1 }

    /// Whether the whole step, sum included, is shown.
    public var isStepComplete: Bool { reveal >= revealStages }

    /// How many terms are visible.
    public var revealedTerms: Int { isStepComplete ? termCount : min(termCount, reveal * termsPerStage) }

    /// The term being added right now (during animation), if any.
    public var activeTerm: Int? {
        guard !isStepComplete, revealedTerms > 0 else { return nil }
        return revealedTerms - 1
    }

    /// Whether this is the lesson's last step.
    public var isAtEnd: Bool { phaseIndex == phases.count - 1 && stepIndex == stepCount - 1 }

    /// Moves to `step` of `phase` (clamped), fully revealed unless `animated`.
    public mutating func go(phase: Int, step: Int, animated: Bool = false) {
        let previousPhase = phaseIndex
        phaseIndex = min(max(phase, 0), phases.count - 1)
        if phaseIndex != previousPhase {
            phaseResult = self.phase.operation?.result()
            pictureScales = Self.pictureScales(of: self.phase, result: phaseResult, lesson: lesson)
        }
        stepIndex = min(max(step, 0), max(stepCount - 1, 0))
        self.step = self.phase.operation?.step(at: stepIndex)
        termCount = self.phase.operation.map { max(1, $0.termCount(ofStep: stepIndex)) } ?? 1
        reveal = animated ? 0 : revealStages
        askIfPractising()
        noteEnd()
    }

    private mutating func noteEnd() {
        if isAtEnd && isStepComplete { reachedEnd = true }
    }

    /// Turns practice mode on (asking every `every`-th step) or off.
    public mutating func setPractice(_ state: PracticeState?) {
        practice = state
        if state == nil { completeStep() } else { askIfPractising() }
    }

    /// Whether the current step waits for the student's answer.
    public var isAwaitingAnswer: Bool { practice?.awaiting ?? false }

    /// Edits the typed answer.
    public mutating func editAnswer(_ transform: (inout String) -> Void) {
        guard var practice, practice.awaiting else { return }
        transform(&practice.typed)
        self.practice = practice
    }

    /// Checks the typed answer: right or wrong (with the likely mistake), then shows the whole step.
    /// Returns false when the text is not a number (nothing is recorded).
    public mutating func submitAnswer() -> Bool {
        guard var practice, practice.awaiting, let step else { return false }
        guard let typed = TypedNumber(practice.typed) else { return false }
        let correct = typed.matches(step.total)
        practice.outcome =
            correct
            ? .correct(step.total)
            : .wrong(typed: typed.value, truth: step.total, mistake: PracticeCoach.diagnose(typed, step: step, phase: phase))
        practice.record(phase: phaseIndex, step: stepIndex, correct: correct)
        self.practice = practice
        reveal = revealStages
        noteEnd()
        return true
    }

    /// Gives up on the question: shows the answer and counts it as not right.
    public mutating func skipQuestion() {
        guard var practice, practice.awaiting, let step else { return }
        practice.outcome = .skipped(step.total)
        practice.record(phase: phaseIndex, step: stepIndex, correct: false)
        self.practice = practice
        reveal = revealStages
        noteEnd()
    }

    /// In practice mode, stops a new step before its sum and waits for an answer.
    private mutating func askIfPractising() {
        guard var practice else { return }
        practice.outcome = nil
        practice.awaiting = step != nil && practice.shouldAsk(phase: phaseIndex, step: stepIndex)
        practice.typed = ""
        self.practice = practice
        if practice.awaiting { reveal = 0 }
    }

    /// The next step, crossing into the next phase; false at the end.
    @discardableResult
    public mutating func next(animated: Bool = false) -> Bool {
        if stepIndex + 1 < stepCount {
            go(phase: phaseIndex, step: stepIndex + 1, animated: animated)
        } else if phaseIndex + 1 < phases.count {
            go(phase: phaseIndex + 1, step: 0, animated: animated)
        } else {
            return false
        }
        return true
    }

    /// The previous step, crossing into the previous phase; false at the start.
    @discardableResult
    public mutating func previous() -> Bool {
        if stepIndex > 0 {
            go(phase: phaseIndex, step: stepIndex - 1)
        } else if phaseIndex > 0 {
            go(phase: phaseIndex - 1, step: Int.max)
        } else {
            return false
        }
        return true
    }

    /// Shows the whole step at once (not while a practice question waits).
    public mutating func completeStep() {
        guard !isAwaitingAnswer else { return }
        reveal = revealStages
        noteEnd()
    }

    /// Reveals one more chunk of the step; false if it was already complete.
    public mutating func revealMore() -> Bool {
        guard !isStepComplete, !isAwaitingAnswer else { return false }
        reveal += 1
        noteEnd()
        return true
    }
}
