import CNNEngine
import LessonModel

/// A cell whose sum a worksheet writes out: the phase that computes it and its 0-based index.
struct ChosenCell: Equatable {
    let phase: Int
    let index: [Int]
}

/// Which cells of a lesson get a written-out sum.
enum WorksheetCells {
    /// The asked references that name a cell of `lesson`; without any, the single cells of its answer key
    /// (`expected.cells`, or any result the key gives only in part); without those, the first cell of each phase.
    static func chosen(in lesson: Lesson, asked: [CellReference]) -> [ChosenCell] {
        if !asked.isEmpty { return unique(asked.compactMap { cell($0, in: lesson) }) }
        let fromKey = keyCells(of: lesson)
        if !fromKey.isEmpty { return fromKey }
        return lesson.phases.indices.filter { lesson.phases[$0].operation != nil }.map { phase in
            ChosenCell(phase: phase, index: lesson.phases[phase].operation.map { $0.resultShape.map { _ in 0 } } ?? [])
        }
    }

    /// The phase and index a reference names in `lesson`, or nil when the lesson has no such cell.
    static func cell(_ reference: CellReference, in lesson: Lesson) -> ChosenCell? {
        guard let phase = phaseIndex(for: reference.result, in: lesson), let operation = lesson.phases[phase].operation,
            let index = reference.index(in: operation.resultShape)
        else { return nil }
        return ChosenCell(phase: phase, index: index)
    }

    /// The shape of a result the lesson computes, or nil.
    static func resultShape(_ key: ResultKey, in lesson: Lesson) -> [Int]? {
        lesson.phase(for: key)?.operation?.resultShape
    }

    /// The position in `lesson.phases` of the phase that computes `key`.
    static func phaseIndex(for key: ResultKey, in lesson: Lesson) -> Int? {
        lesson.phaseIndex(for: key)
    }

    /// The answer key's values for results it gives only in part, in file order.
    private static func keyCells(of lesson: Lesson) -> [ChosenCell] {
        let byResult = Dictionary(grouping: lesson.expected, by: \.result)
        let partial = lesson.expected.filter { expected in
            guard let shape = resultShape(expected.result, in: lesson), let values = byResult[expected.result] else { return false }
            return Set(values.map(\.index)).count < shape.reduce(1, *)
        }
        return unique(
            partial.compactMap { expected in
                phaseIndex(for: expected.result, in: lesson).map { ChosenCell(phase: $0, index: expected.index) }
            })
    }

    private static func unique(_ cells: [ChosenCell]) -> [ChosenCell] {
        var seen: [ChosenCell] = []
        for cell in cells where !seen.contains(cell) { seen.append(cell) }
        return seen
    }
}
