import CNNEngine
import LessonModel

/// The run of a filter being learned: the filter at the start of the iteration shown, its output beside the
/// target, and the loss of every iteration so far as a column chart (log scale) above the numbers.
extension FilterDescent: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let k = step.targetIndex[0]
            let filters = filters(before: k), output = iterations[k].loss.input
            let plane = scene.focusPlane(count: filters.shape[0], activePlane: nil)
            let title = scene.options.glyphs.text("\(scene.player.phase.names.filters) at iteration \(k + 1)")
            return [
                scene.tensorPanel(.filters, filters, plane: [plane, 0], title: title),
                scene.anyPanel(.input, output, plane: plane), scene.anyPanel(.target, target, plane: plane),
                lossChart(upTo: k, in: scene), scene.resultPanel(step),
            ]
        case .image, .table, .gradFilters, .gradInput, .gradBias:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    /// Rows of the loss chart.
    static let chartRows = 6

    /// One column per iteration up to `current`, as tall as log L between the smallest and largest loss.
    private func lossChart(upTo current: Int, in scene: PhaseScene) -> MatrixPanel {
        let heights = Self.barHeights(losses, rows: Self.chartRows)
        let block = scene.options.glyphs == .ascii ? "#" : "█"
        let cell: (Int, Int) -> MatrixPanel.CellContent = { row, column in
            guard column <= current else { return .init(" ", .pending) }
            let filled = heights[column] >= Self.chartRows - row
            return .init(filled ? block : " ", column == current ? .current : .filled)
        }
        return MatrixPanel(
            title: "L, log scale", rows: Self.chartRows, columns: losses.count, cell: cell,
            focus: (rows: 0...(Self.chartRows - 1), columns: current...current), textWidth: 1)
    }

    /// Bar heights 1…rows for positive losses on a log scale from the smallest to the largest (all full when they
    /// are equal); 0 for a loss of exactly 0.
    static func barHeights(_ losses: [Double], rows: Int) -> [Int] {
        let logs = losses.map { $0 > 0 ? StableMath.logarithm($0) : -Double.infinity }
        let finite = logs.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return losses.map { _ in 0 } }
        return logs.map { value in
            guard value.isFinite else { return 0 }
            guard high > low else { return rows }
            return 1 + Int(((value - low) / (high - low) * Double(rows - 1)).rounded())
        }
    }
}
