import CNNEngine
import LessonModel
import LessonText

/// A multi-channel convolution step written channel by channel: one line per input channel with its products
/// and subtotal, then the output as the subtotals plus the bias. A 27-term sum read as one line hides where
/// each channel's share comes from.
struct ChannelSum {
    /// Each channel's number (0-based) and the positions of its terms in the step.
    let channels: [(channel: Int, terms: Range<Int>)]
    let step: Step
    let scene: PhaseScene

    /// Most terms a step may have to be split (a wider window is shortened anyway).
    static let termLimit = 256

    /// The split of a forward convolution step that reads several channels; nil for any other step.
    init?(scene: PhaseScene, step: Step) {
        let phase = scene.player.phase
        guard phase.kind == .forward, case .convolution = phase.stage, step.terms.count <= Self.termLimit else { return nil }
        var channels: [(channel: Int, terms: Range<Int>)] = []
        for index in step.terms.indices {
            let channel = step.terms[index].left.position.first ?? 0
            if let last = channels.last, last.channel == channel {
                channels[channels.count - 1].terms = last.terms.lowerBound..<(index + 1)
            } else {
                channels.append((channel, index..<(index + 1)))
            }
        }
        guard channels.count > 1 else { return nil }
        self.channels = channels
        self.step = step
        self.scene = scene
    }

    /// The channel lines revealed so far (each with its subtotal once its terms are all shown, unless a question
    /// hides totals), then `label = subtotals + bias = total`.
    func lines(width: Int, maxTerms: Int?, reveal: EquationView.Reveal, view: EquationView) -> [[StyledText]] {
        let glyphs = scene.options.glyphs
        let showsSubtotals = reveal.total != "?"
        var lines: [[StyledText]] = []
        for (channel, terms) in channels where terms.lowerBound < reveal.terms {
            let revealed = terms.upperBound <= reveal.terms
            let subtotal = revealed && showsSubtotals ? NumberText.format(sum(terms), glyphs: glyphs) : nil
            let runs =
                channelRuns(terms, maxTerms: maxTerms, revealed: reveal.terms, view: view)
                + (revealed ? [] : [StyledText(" " + glyphs.ellipsis, .pending)])
                + (subtotal.map { [StyledText(" = "), StyledText($0, .strong)] } ?? [])
            let lead = [StyledText("channel \(channel + 1): ", .muted)]
            lines += EquationView.flow(lead, runs, width: width, indent: 11)
        }
        guard reveal.isComplete, let total = reveal.total else { return lines }
        let shares = channels.map { channel, terms in
            showsSubtotals ? NumberText.factor(sum(terms), glyphs: glyphs) : "channel \(channel + 1)"
        }
        let bias = step.bias.map { [" + " + NumberText.factor($0.value, glyphs: glyphs)] } ?? []
        let runs = [StyledText(shares.joined(separator: " + ") + bias.joined()), StyledText(" = "), StyledText(total, .current)]
        let label = scene.formatter.targetLabel(step)
        return lines + EquationView.flow([StyledText(label, .strong), StyledText(" = ")], runs, width: width, indent: label.count + 3)
    }

    private func sum(_ terms: Range<Int>) -> Double {
        terms.reduce(0) { $0 + step.terms[$1].product }
    }

    /// The channel's revealed products joined by `+`; with `maxTerms`, its first ones, an ellipsis and its last two.
    private func channelRuns(_ terms: Range<Int>, maxTerms: Int?, revealed: Int, view: EquationView) -> [StyledText] {
        var shown: [Int?] = Array(terms)
        if let maxTerms, terms.count > maxTerms, maxTerms >= 4 {
            shown = Array(terms.prefix(maxTerms - 3)) + [nil] + Array(terms.suffix(2))
        }
        var runs: [StyledText] = []
        for index in shown {
            guard let index else {
                runs.append(StyledText(" + " + scene.options.glyphs.ellipsis, .muted))
                continue
            }
            guard index < revealed else { break }
            if !runs.isEmpty { runs.append(StyledText(" + ")) }
            runs.append(StyledText(scene.formatter.numericTerm(step.terms[index]), view.style(forTerm: index)))
        }
        return runs
    }
}
