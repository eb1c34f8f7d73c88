import LessonModel
import LessonPractice
import LessonText

/// The prose under a step, as paragraphs, and how many sentences were held back because they state the value
/// an open practice question asks for.
public struct PlayerProse: Sendable, Equatable {
    /// The paragraphs, in order.
    public let paragraphs: [String]
    /// Sentences left out until the question is answered.
    public let withheld: Int

    /// Lines of the prose wrapped to `width`, a blank line between paragraphs.
    public func lines(width: Int) -> [String] {
        paragraphs.enumerated().flatMap { index, paragraph in
            (index > 0 ? [""] : []) + TextWrap.lines(paragraph, width: width)
        }
    }
}

extension PlayerState {
    /// The text under the step: the lesson's introduction on its first step (so a lesson opened with `play`
    /// shows it too), the shape coach's warnings, the phase's narration and the lesson's notes. While a
    /// practice question is open, every sentence that states its value is held back.
    public func prose(glyphs: Glyphs) -> PlayerProse {
        var parts: [String] = []
        if ordinal == 0 && !lesson.introduction.isEmpty { parts.append(lesson.introduction) }
        if phase.kind == .forward { parts += ShapeCoach.warnings(for: phase.stage, glyphs: glyphs) }
        let narration = phase.narration(atStep: stepIndex)
        if !narration.isEmpty { parts.append(narration) }
        parts += lesson.notes.map { "Note: " + $0 }
        var withheld = 0
        if let truth = question?.truth {
            parts = parts.compactMap { part in
                let kept = AnswerWithholding.withholding(truth, from: part)
                withheld += kept.withheld
                return kept.text.isEmpty ? nil : kept.text
            }
        }
        return PlayerProse(paragraphs: parts.map(glyphs.text), withheld: withheld)
    }

    /// Scrolls the text under the step by `delta` lines, kept within its `lineCount` lines.
    mutating func scrollText(by delta: Int, lineCount: Int) {
        textScroll = min(max(textScroll + delta, 0), max(0, lineCount - 1))
    }
}
