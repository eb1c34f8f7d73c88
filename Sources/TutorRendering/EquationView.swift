import CNNEngine
import LessonModel
import LessonText
import TutorCore

/// The step's sum as styled lines: names (symbolic lessons), numbers, per-channel partial sums, total.
struct EquationView {
    let scene: PhaseScene

    /// Lines for `width` columns, at most `maxLines`; long sums are shortened around an ellipsis.
    func lines(width: Int, maxLines: Int) -> [[StyledText]] {
        guard let step = scene.step, maxLines > 0, width > 8 else { return [] }
        if let practice = scene.player.practice, practice.awaiting {
            return question(step, practice, width: width)
        }
        let verdict = verdictLines(width: width)
        let room = max(1, maxLines - verdict.count)
        // A sum of thousands of terms (dL/dW of a large image) can never fit: start from a shortened one.
        let limits: [Int?] = step.terms.count <= 96 ? [nil, 48, 24, 16, 12, 8, 6, 4] : [48, 24, 16, 12, 8, 6, 4]
        for limit in limits {
            let candidate = build(step, maxTerms: limit, width: width)
            if candidate.count <= room { return candidate + verdict }
        }
        return Array(build(step, maxTerms: 4, width: width).prefix(room)) + verdict
    }

    /// `Z₁,₁ = ?` and the answer being typed.
    private func question(_ step: Step, _ practice: PracticeState, width: Int) -> [[StyledText]] {
        let label = scene.formatter.targetLabel(step)
        return [
            [
                StyledText(label, .strong), StyledText(" = "), StyledText("?", .current),
                StyledText("   work it out from the window, then type it", .muted),
            ],
            [
                StyledText("Your answer: ", .strong), StyledText(practice.typed + "_", .activeTerm),
                StyledText("   Enter checks, " + (scene.options.glyphs == .ascii ? "->" : "→") + " shows it", .muted),
            ],
        ]
    }

    /// After a practice question: right, or wrong with the mistake that explains the typed number.
    private func verdictLines(width: Int) -> [[StyledText]] {
        guard let outcome = scene.player.practice?.outcome else { return [] }
        let glyphs = scene.options.glyphs
        let text: String, style: SemanticStyle
        switch outcome {
        case .correct(let value):
            (text, style) = ("Right: \(NumberText.format(value, glyphs: glyphs)).", .strong)
        case .skipped(let value):
            (text, style) = ("Skipped; the value is \(NumberText.format(value, glyphs: glyphs)).", .muted)
        case .wrong(let typed, let truth, let mistake):
            let because = mistake.map { " " + glyphs.text($0.explanation) } ?? " Compare your products with the terms above."
            (text, style) = (
                "Not quite: you typed \(NumberText.format(typed, glyphs: glyphs)), the sum is \(NumberText.format(truth, glyphs: glyphs)).\(because)",
                .error
            )
        }
        return TextWrap.lines(text, width: width).map { [StyledText($0, style)] }
    }

    private func build(_ step: Step, maxTerms: Int?, width: Int) -> [[StyledText]] {
        let formatter = scene.formatter, player = scene.player
        let label = formatter.targetLabel(step)
        var lines: [[StyledText]] = []
        if player.lesson.symbolic && step.terms.count > 1 {
            lines += wrap(label, formatter.symbolicParts(step, maxTerms: maxTerms), total: nil, width: width)
        }
        let total = player.isStepComplete ? formatter.total(step) : nil
        if formatter.isBareValue(step), let total {
            return lines + [[StyledText(label, .strong), StyledText(" = "), StyledText(total, .current)]]
        }
        lines += wrap(label, formatter.numericParts(step, maxTerms: maxTerms), total: total, width: width)
        if player.isStepComplete, let partials = channelPartials(step) {
            lines += [[StyledText(partials, .muted)]]
        }
        return lines
    }

    /// `label = parts… = total`, wrapped between parts; unrevealed terms are left out during animation.
    private func wrap(_ label: String, _ parts: [ExpressionPart], total: String?, width: Int) -> [[StyledText]] {
        let player = scene.player
        let indent = String(repeating: " ", count: min(label.count + 1, width / 3))
        var runs: [StyledText] = []
        var hidden = false
        for part in parts {
            switch part.kind {
            case .term(let index):
                if index >= player.revealedTerms { hidden = true; continue }
                runs.append(StyledText(part.text, style(forTerm: index)))
            case .bias:
                if !player.isStepComplete { hidden = true; continue }
                runs.append(StyledText(part.text, .strong))
            case .ellipsis:
                runs.append(StyledText(part.text, .muted))
            case .operator:
                if hidden && !player.isStepComplete { continue }
                runs.append(StyledText(part.text))
            }
        }
        if hidden && !player.isStepComplete {
            let afterOperator = runs.last.map { $0.style == .plain && $0.text.hasSuffix(" ") } ?? false
            runs.append(StyledText((afterOperator ? "" : " ") + scene.options.glyphs.ellipsis, .pending))
        }
        if let total { runs += [StyledText(" = "), StyledText(total, .current)] }
        var lines: [[StyledText]] = [[StyledText(label, .strong), StyledText(" = ")]]
        var used = label.unicodeScalars.count + 3
        for run in runs {
            let isBreakable = run.text.hasPrefix(" ")
            let length = run.text.unicodeScalars.count
            if used + length > width && used > indent.count + 1 {
                lines.append([StyledText(indent)])
                used = indent.count
                let trimmed = isBreakable ? String(run.text.drop(while: { $0 == " " })) : run.text
                lines[lines.count - 1].append(StyledText(trimmed, run.style))
                used += trimmed.unicodeScalars.count
            } else {
                lines[lines.count - 1].append(run)
                used += length
            }
        }
        return lines
    }

    private func style(forTerm index: Int) -> SemanticStyle {
        let player = scene.player
        if index == player.activeTerm { return .activeTerm }
        if player.isStepComplete, let step = scene.step, step.rule == .maximum, index == step.winner { return .winner }
        return .plain
    }

    /// `per channel: 12 + (−3) + 7, bias 1` for a multi-channel convolution step.
    private func channelPartials(_ step: Step) -> String? {
        guard scene.player.phase.kind == .forward, case .convolution(let conv) = scene.player.phase.stage,
            conv.channelsPerGroup > 1
        else { return nil }
        let perChannel = step.terms.count / conv.channelsPerGroup
        let glyphs = scene.options.glyphs
        let sums = (0..<conv.channelsPerGroup).map { channel in
            (0..<perChannel).reduce(0.0) { $0 + step.terms[channel * perChannel + $1].product }
        }
        var text = glyphs.text("Σ per channel: ") + sums.map { NumberText.factor($0, glyphs: glyphs) }.joined(separator: " + ")
        if let bias = step.bias { text += ", bias " + NumberText.factor(bias.value, glyphs: glyphs) }
        return text + " = " + NumberText.format(step.total, glyphs: glyphs)
    }
}
