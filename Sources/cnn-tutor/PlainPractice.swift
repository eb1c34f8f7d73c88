import CNNEngine
import Foundation
import LessonModel
import LessonPractice
import LessonText

/// `play --plain --practice`: plain mode's narration, with each asked step first put as a question read from
/// standard input, taught as the full-screen player does (a miss explained, a hint, then the sum, and another
/// try). Sentences that state an asked value are held back until that question is answered.
struct PlainPractice {
    let lesson: Lesson
    let glyphs: Glyphs
    /// Ask every n-th step of each phase.
    let every: Int
    private var heldBack: [(sentence: String, values: [Double])] = []
    private var asked = 0, firstTry = 0
    private var inputEnded = false

    init(lesson: Lesson, glyphs: Glyphs, every: Int) {
        self.lesson = lesson
        self.glyphs = glyphs
        self.every = max(1, every)
    }

    /// How a question ended.
    private enum Ending { case answered(Double), stopped }

    /// Narrates the lesson, asking as it goes; `q` stops. Ends with the score.
    mutating func run() {
        let narration = PlainNarration(lesson: lesson, glyphs: glyphs)
        let values = askedValues()
        for entry in narration.entries() {
            guard let place = entry.step else {
                write(holdingBack(entry.text, values))
                continue
            }
            let phase = lesson.phases[place.phase]
            if !inputEnded, asks(phase, place.number), let step = phase.operation?.step(at: place.number),
                let question = narration.question(step, of: phase)
            {
                write(question)
                guard case .answered(let value) = ask(step, phase) else { break }
                release(value)
            }
            write(entry.text)
        }
        if asked > 0 { write("Practice: \(firstTry) of \(asked) right on the first try.") }
    }

    /// Whether step `number` of `phase` is asked (pictures are read, not computed: never).
    private func asks(_ phase: Phase, _ number: Int) -> Bool {
        phase.kind != .image && phase.operation != nil && number % every == 0
    }

    /// Every value a question will ask for, from each phase's whole result (steps are its cells in order).
    private func askedValues() -> [Double] {
        var values: Set<Double> = []
        for phase in lesson.phases {
            guard let result = phase.operation?.result() else { continue }
            for number in stride(from: 0, to: result.count, by: every) where asks(phase, number) {
                values.insert(result.scalars[number])
            }
        }
        return Array(values)
    }

    /// Reads answers until one is right, an empty line shows the value, `q` stops or the input ends.
    private mutating func ask(_ step: Step, _ phase: Phase) -> Ending {
        var question = PracticeQuestion(truth: step.total)
        let value = NumberText.format(step.total, glyphs: glyphs)
        while true {
            Console.write("Your answer (Enter alone shows it, q stops): ")
            guard let line = readLine(strippingNewline: true) else {
                inputEnded = true
                write("")
                return .answered(step.total)
            }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.lowercased() == "q" { return .stopped }
            if text.isEmpty {
                write("Shown: the value is \(value).")
                asked += 1
                return .answered(step.total)
            }
            question.typed = text
            switch question.submit(step: step, phase: phase, glyphs: glyphs) {
            case .notANumber:
                write("Type a number such as -5, 9.5 or 19/4.")
            case .right:
                asked += 1
                if question.isFirstTry { firstTry += 1 }
                let tries = question.misses.isEmpty ? "" : ", on try \(question.misses.count + 1)"
                write("Right: \(value)\(tries).")
                return .answered(step.total)
            case .wrong(let miss):
                write(miss.explanation(glyphs: glyphs) + " Try again.")
                if question.showsHint { write(PracticeCoach.hint(step: step, phase: phase, glyphs: glyphs)) }
                if question.showsSum {
                    let formatter = StepFormatter(phase: phase, glyphs: glyphs)
                    write("\(formatter.targetLabel(step)) = \(formatter.numericExpression(step)) = ?")
                }
            }
        }
    }

    /// `text` without the sentences that state a value still to be asked; those wait in `heldBack`.
    private mutating func holdingBack(_ text: String, _ values: [Double]) -> String {
        let kept = AnswerWithholding.withholding(from: text) { sentence in
            values.contains { AnswerWithholding.states($0, in: sentence) }
        }
        for sentence in kept.withheld {
            heldBack.append((sentence, values.filter { AnswerWithholding.states($0, in: sentence) }))
        }
        return kept.text
    }

    /// Prints the held-back sentences that stated `value` and nothing still unasked.
    private mutating func release(_ value: Double) {
        for index in heldBack.indices { heldBack[index].values.removeAll { $0 == value } }
        for (sentence, values) in heldBack where values.isEmpty { write("Held back until you answered: " + sentence) }
        heldBack.removeAll { $0.values.isEmpty }
    }

    private func write(_ text: String) {
        Console.write(text + "\n")
    }
}
