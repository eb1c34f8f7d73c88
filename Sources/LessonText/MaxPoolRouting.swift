import CNNEngine
import LessonModel

/// Why a max-pooling gradient reaches a cell or not: each window that reads the cell is won by its largest value
/// (the first in reading order when several tie), and only the winner gets that window's gradient (×1); every
/// other cell of the window gets ×0.
public enum MaxPoolRouting {
    /// For a max-pooling dL/dX step, one sentence per window reading the cell saying what its ×1 or ×0 means; for a
    /// max-pooling forward step with a tie, the tie. Empty for any other step.
    public static func reasons(for step: Step, in phase: Phase, glyphs: Glyphs = .unicode) -> [String] {
        guard case .pooling(let pool) = phase.stage, pool.kind == .max else { return [] }
        let formatter = StepFormatter(phase: phase, glyphs: glyphs)
        switch phase.kind {
        case .forward:
            return tie(in: step, formatter: formatter).map { [glyphs.text($0)] } ?? []
        case .gradInput:
            return step.terms.compactMap { term in
                guard let window = pool.forward.step(for: term.left.position) else { return nil }
                return glyphs.text(routing(to: step.targetIndex, through: window, formatter: formatter))
            }
        case .image, .table, .forwardAsConvolution, .gradFilters, .gradBias:
            return []
        }
    }

    /// `Tie: X₁,₁ and X₁,₂ both hold 8; the first in reading order, X₁,₁, wins.`
    static func tie(in window: Step, formatter: StepFormatter) -> String? {
        let winners = window.maximumPositions.compactMap { window.terms[$0].left.source }
        guard winners.count > 1, let first = winners.first, let value = window.winner.map({ window.terms[$0].product }) else {
            return nil
        }
        let names = winners.map { formatter.label(.input, $0) }
        return
            "Tie: \(list(names)) \(names.count == 2 ? "both" : "all") hold \(NumberText.format(value, glyphs: formatter.glyphs)); "
            + "the first in reading order, "
            + "\(formatter.label(.input, first)), wins."
    }

    /// What the window of one output does for input cell `cell`.
    private static func routing(to cell: [Int], through window: Step, formatter: StepFormatter) -> String {
        let glyphs = formatter.glyphs
        let winners = window.maximumPositions.compactMap { window.terms[$0].left.source }
        let cellName = formatter.label(.input, cell), output = formatter.label(.output, window.targetIndex)
        let value = NumberText.format(window.total, glyphs: glyphs)
        guard let first = winners.first else { return "×0: \(output)'s window has no input cell." }
        let firstName = formatter.label(.input, first)
        let others = winners.filter { $0 != cell }.map { formatter.label(.input, $0) }
        switch (first == cell, winners.count > 1, winners.contains(cell)) {
        case (true, false, _):
            return "×1: \(cellName) = \(value) is the largest in \(output)'s window, so it gets all of that window's gradient."
        case (true, true, _):
            return "×1: \(cellName) ties with \(list(others)) at \(value) in \(output)'s window; the first in reading order "
                + "wins, so \(cellName) gets the gradient."
        case (false, _, true):
            return "×0: \(cellName) ties with \(firstName) at \(value) in \(output)'s window, but \(firstName) comes first in "
                + "reading order and takes the gradient."
        case (false, _, false):
            return "×0: \(output)'s window is won by \(firstName) = \(value); \(cellName) gets nothing from it."
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func list(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}
