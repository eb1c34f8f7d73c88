import LessonModel
import Yams

extension LessonReader {
    /// Warns about narration for a phase the lesson does not have (`grad_input` without `grad_output`, `image` on
    /// a convolution…): text that would never be shown. `narrationNodes` holds each stage's `narration:` mapping.
    mutating func warnAboutUnusedNarration(_ lesson: Lesson, narrationNodes: [Node?]) {
        let shown = Set(lesson.phases.map(\.narrationKey))
        for (stageIndex, node) in narrationNodes.enumerated() {
            guard case .mapping(let mapping)? = node else { continue }
            for (keyNode, _) in mapping {
                guard let name = keyNode.scalar?.string, Phase.narrationNames.contains(name),
                    !shown.contains(Phase.narrationKey(stageIndex: stageIndex, name: name))
                else { continue }
                var seen = Set<String>()
                let phases = lesson.phases.filter { $0.stageIndex == stageIndex }.map(\.narrationName).filter { seen.insert($0).inserted }
                warning(
                    "narration for `\(name)`, a phase this lesson does not have, is never shown", at: keyNode,
                    hint: "this stage's phases: " + phases.joined(separator: ", ")
                        + (lesson.gradOutput == nil ? " (backward phases need `grad_output`)" : ""))
            }
        }
    }
}
