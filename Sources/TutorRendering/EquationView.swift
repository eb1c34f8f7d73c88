import CNNEngine
import LessonModel
import LessonPractice
import LessonText
import TutorCore

/// The step's sum as styled lines: names (symbolic lessons), numbers, a multi-channel sum channel by channel,
/// total; or, while a practice question is open, the question, the answer box and what the misses meant.
struct EquationView {
    let scene: PhaseScene

    /// How much of the step a sum shows: the terms revealed, and the total (nil while it is hidden).
    struct Reveal {
        /// Terms shown.
        let terms: Int
        /// Whether the step is whole (the bias shows, nothing is pending).
        let isComplete: Bool
        /// The total after `=`, or nil.
        let total: String?
    }

    /// Lines for `width` columns, at most `maxLines`; long sums are shortened around an ellipsis.
    func lines(width: Int, maxLines: Int) -> [[StyledText]] {
        guard let step = scene.step, maxLines > 0, width > 8 else { return [] }
        if let question = scene.player.question {
            return questionLines(step, question, width: width, maxLines: maxLines)
        }
        let player = scene.player
        let reveal = Reveal(
            terms: player.revealedTerms, isComplete: player.isStepComplete,
            total: player.isStepComplete ? scene.formatter.total(step) : nil)
        let verdict = verdictLines(width: width)
        let sum = fittedSum(step, reveal: reveal, width: width, maxLines: max(1, maxLines - verdict.count))
        return sum + Array(routingLines(step, width: width).prefix(max(0, maxLines - sum.count - verdict.count))) + verdict
    }

    /// Under a whole max-pooling step: what each ×1 and ×0 of dL/dX means (which input won the window), and ties.
    private func routingLines(_ step: Step, width: Int) -> [[StyledText]] {
        guard scene.player.isStepComplete else { return [] }
        return MaxPoolRouting.reasons(for: step, in: scene.player.phase, glyphs: scene.options.glyphs)
            .flatMap { TextWrap.lines($0, width: width) }.map { [StyledText($0, .muted)] }
    }

    /// The sum in at most `maxLines` lines: whole if it fits, else with fewer terms written out.
    private func fittedSum(_ step: Step, reveal: Reveal, width: Int, maxLines: Int) -> [[StyledText]] {
        // A sum of thousands of terms (dL/dW of a large image) can never fit: start from a shortened one.
        let limits: [Int?] = step.terms.count <= 96 ? [nil, 48, 24, 16, 12, 8, 6, 4] : [48, 24, 16, 12, 8, 6, 4]
        for limit in limits {
            let candidate = build(step, maxTerms: limit, width: width, reveal: reveal)
            if candidate.count <= maxLines { return candidate }
        }
        return Self.limited(build(step, maxTerms: 4, width: width, reveal: reveal), to: maxLines, ellipsis: scene.options.glyphs.ellipsis)
    }

    /// At most `count` lines; when some are dropped, the last one kept ends in an ellipsis.
    static func limited(_ lines: [[StyledText]], to count: Int, ellipsis: String) -> [[StyledText]] {
        guard lines.count > count, count > 0 else { return lines }
        var kept = Array(lines.prefix(count))
        kept[count - 1].append(StyledText(" " + ellipsis, .muted))
        return kept
    }

    /// `Z₁,₁ = ?` (or, once the sum is shown, its terms `= ?`), the answer box with its keys, then what the last
    /// miss meant and the hint. Nothing here says the value.
    private func questionLines(_ step: Step, _ question: PracticeQuestion, width: Int, maxLines: Int) -> [[StyledText]] {
        let glyphs = scene.options.glyphs
        let label = scene.formatter.targetLabel(step)
        var feedback: [[StyledText]] = []
        if let miss = question.misses.last {
            feedback += TextWrap.lines(miss.explanation(glyphs: glyphs) + " Try again.", width: width).map { [StyledText($0, .error)] }
        }
        if question.showsHint {
            let hint = PracticeCoach.hint(step: step, phase: scene.player.phase, glyphs: glyphs)
            feedback += TextWrap.lines(hint, width: width).map { [StyledText($0, .muted)] }
        }
        let keys = KeyLabel.hintSentence(KeyMaps.answer.hints().filter { $0.text != "type" }, options: scene.options)
        let box = [StyledText("Your answer: ", .strong), StyledText(question.typed + "_", .activeTerm), StyledText("   " + keys, .muted)]
        let sumRoom = max(1, maxLines - 1 - feedback.count)
        let sum: [[StyledText]]
        if question.showsSum {
            let reveal = Reveal(terms: step.terms.count, isComplete: true, total: "?")
            sum = fittedSum(step, reveal: reveal, width: width, maxLines: max(sumRoom, 2))
        } else {
            let invitation = StyledText("   work it out from the window, then type it", .muted)
            sum = [[StyledText(label, .strong), StyledText(" = "), StyledText("?", .current), invitation]]
        }
        return Self.limited(sum + [box] + feedback, to: maxLines, ellipsis: glyphs.ellipsis)
    }

    /// After a practice question: right (on which try), or given up, with the value.
    private func verdictLines(width: Int) -> [[StyledText]] {
        guard let outcome = scene.player.practice?.outcome else { return [] }
        let glyphs = scene.options.glyphs
        let text: String, style: SemanticStyle
        switch outcome {
        case .correct(let value, let misses):
            let tries = misses == 0 ? "" : ", on try \(misses + 1)"
            (text, style) = ("Right: \(NumberText.format(value, glyphs: glyphs))\(tries).", .strong)
        case .skipped(let value):
            (text, style) = ("Shown: the value is \(NumberText.format(value, glyphs: glyphs)).", .muted)
        }
        return TextWrap.lines(text, width: width).map { [StyledText($0, style)] }
    }

    private func build(_ step: Step, maxTerms: Int?, width: Int, reveal: Reveal) -> [[StyledText]] {
        let formatter = scene.formatter, player = scene.player
        let label = formatter.targetLabel(step)
        var lines: [[StyledText]] = []
        if player.lesson.symbolic && step.terms.count > 1 {
            lines += wrap(label, formatter.symbolicParts(step, maxTerms: maxTerms), total: nil, width: width, reveal: reveal)
        }
        if formatter.isBareValue(step), let total = reveal.total {
            return lines + [[StyledText(label, .strong), StyledText(" = "), StyledText(total, .current)]]
        }
        if let channels = ChannelSum(scene: scene, step: step) {
            return lines + channels.lines(width: width, maxTerms: maxTerms, reveal: reveal, view: self)
        }
        return lines + wrap(label, formatter.numericParts(step, maxTerms: maxTerms), total: reveal.total, width: width, reveal: reveal)
    }

    /// `label = parts… = total`, wrapped between parts; unrevealed terms are left out during animation.
    func wrap(_ label: String, _ parts: [ExpressionPart], total: String?, width: Int, reveal: Reveal) -> [[StyledText]] {
        var runs: [StyledText] = []
        var hidden = false
        for part in parts {
            switch part.kind {
            case .term(let index):
                if index >= reveal.terms { hidden = true; continue }
                runs.append(StyledText(part.text, style(forTerm: index)))
            case .bias:
                if !reveal.isComplete { hidden = true; continue }
                runs.append(StyledText(part.text, .strong))
            case .ellipsis:
                runs.append(StyledText(part.text, .muted))
            case .operator:
                if hidden && !reveal.isComplete { continue }
                runs.append(StyledText(part.text))
            }
        }
        if hidden && !reveal.isComplete {
            let afterOperator = runs.last.map { $0.style == .plain && $0.text.hasSuffix(" ") } ?? false
            runs.append(StyledText((afterOperator ? "" : " ") + scene.options.glyphs.ellipsis, .pending))
        }
        if let total { runs += [StyledText(" = "), StyledText(total, .current)] }
        return Self.flow([StyledText(label, .strong), StyledText(" = ")], runs, width: width, indent: min(label.count + 1, width / 3))
    }

    /// `lead` then `runs` across lines of `width`, breaking before a run that does not fit (a run starting with a
    /// space loses it at the break); continuation lines start `indent` columns in.
    static func flow(_ lead: [StyledText], _ runs: [StyledText], width: Int, indent: Int) -> [[StyledText]] {
        let indentText = String(repeating: " ", count: indent)
        var lines: [[StyledText]] = [lead]
        var used = lead.reduce(0) { $0 + $1.text.unicodeScalars.count }
        for run in runs {
            let length = run.text.unicodeScalars.count
            if used + length > width && used > indent + 1 {
                let trimmed = run.text.hasPrefix(" ") ? String(run.text.drop(while: { $0 == " " })) : run.text
                lines.append([StyledText(indentText), StyledText(trimmed, run.style)])
                used = indent + trimmed.unicodeScalars.count
            } else {
                lines[lines.count - 1].append(run)
                used += length
            }
        }
        return lines
    }

    func style(forTerm index: Int) -> SemanticStyle {
        let player = scene.player
        if index == player.activeTerm { return .activeTerm }
        if player.isStepComplete, let step = scene.step, step.rule == .maximum, index == step.winner { return .winner }
        return .plain
    }
}
