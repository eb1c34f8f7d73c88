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
    /// The first line of the text under the step shown (it scrolls when it does not fit); back to the top on
    /// every new step.
    public internal(set) var textScroll = 0
    /// Practice mode, when on.
    public private(set) var practice: PracticeState?
    /// Which steps have been shown whole; the lesson is completed when all have.
    public private(set) var coverage: StepCoverage
    /// Where each phase's steps start in lesson order.
    private let phaseOffsets: [Int]
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
        let counts = lesson.phases.map(\.stepCount)
        self.phaseOffsets = counts.indices.map { counts[..<$0].reduce(0, +) }
        self.coverage = StepCoverage(total: counts.reduce(0, +))
        self.reveal = revealStages
        self.practice = practice
        askIfPractising()
        noteShown()
    }

    /// Whether every step of the lesson has been shown whole (in this session or, through `markShown`, earlier).
    public var completed: Bool { coverage.isComplete }

    /// The step shown, counted in lesson order across phases (0-based).
    public var ordinal: Int { phaseOffsets[phaseIndex] + stepIndex }

    /// Records that the first `count` steps of the lesson were shown in an earlier session.
    public mutating func markShown(leading count: Int) {
        coverage.markLeading(count)
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
        textScroll = 0
        askIfPractising()
        noteShown()
    }

    /// Counts the step as shown once it is whole.
    private mutating func noteShown() {
        if isStepComplete { coverage.markShown(ordinal) }
    }

    /// Turns practice mode on (asking every `every`-th step) or off.
    public mutating func setPractice(_ state: PracticeState?) {
        practice = state
        if state == nil { completeStep() } else { askIfPractising() }
    }

    /// Whether the current step waits for the student's answer.
    public var isAwaitingAnswer: Bool { practice?.awaiting ?? false }

    /// The open question, if any.
    public var question: PracticeQuestion? { practice?.question }

    /// Edits the typed answer.
    public mutating func editAnswer(_ transform: (inout String) -> Void) {
        guard var practice, var question = practice.question else { return }
        transform(&question.typed)
        practice.question = question
        self.practice = practice
    }

    /// Shows the open question's sum (its terms, not its total).
    public mutating func requestSum() {
        guard var practice, var question = practice.question else { return }
        question.requestSum()
        practice.question = question
        self.practice = practice
    }

    /// Checks the typed answer. Right: the question closes and the whole step is shown. Wrong: the miss is
    /// kept with the mistakes that explain it and the question stays open for another try. Not a number:
    /// nothing changes. Nil when no question is open.
    public mutating func submitAnswer() -> PracticeQuestion.Verdict? {
        guard var practice, var question = practice.question, let step else { return nil }
        let verdict = question.submit(step: step, phase: phase)
        practice.question = question
        if verdict == .right { practice.close(phase: phaseIndex, step: stepIndex, .correct(step.total, misses: question.misses.count)) }
        self.practice = practice
        if verdict == .right { revealWhole() }
        return verdict
    }

    /// Gives up on the question: shows the answer and counts it as not right.
    public mutating func skipQuestion() {
        guard var practice, practice.awaiting, let step else { return }
        practice.close(phase: phaseIndex, step: stepIndex, .skipped(step.total))
        self.practice = practice
        revealWhole()
    }

    private mutating func revealWhole() {
        reveal = revealStages
        noteShown()
    }

    /// In practice mode, stops a new step before its sum and waits for an answer. Pictures are not asked:
    /// a pixel is read, not computed, and its value is on the screen.
    private mutating func askIfPractising() {
        guard var practice else { return }
        practice.outcome = nil
        let asks = phase.kind != .image && practice.shouldAsk(phase: phaseIndex, step: stepIndex)
        practice.question = step.flatMap { step in asks ? PracticeQuestion(truth: step.total) : nil }
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
        revealWhole()
    }

    /// Reveals one more chunk of the step; false if it was already complete.
    public mutating func revealMore() -> Bool {
        guard !isStepComplete, !isAwaitingAnswer else { return false }
        reveal += 1
        noteShown()
        return true
    }
}
