import CNNEngine
import LessonModel
import LessonPictures

/// The run of a filter being learned: the filter at the start of the iteration shown (and the filter that made
/// the target, when one did) and the loss so far as a sparkline on a log scale; the loss itself is the step's
/// equation below them.
extension FilterDescent: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let k = step.targetIndex[0], glyphs = scene.options.glyphs
            let filters = filters(before: k), name = scene.player.phase.names.filters
            let plane = [scene.focusPlane(count: filters.shape[0], activePlane: nil), 0]
            var panels = [scene.tensorPanel(.filters, filters, plane: plane, title: glyphs.text("\(name) at iteration \(k + 1)"))]
            if let targetFilters {
                panels.append(scene.tensorPanel(.filters, targetFilters, plane: plane, title: glyphs.text("\(name)* that made y")))
            }
            return panels + [sparklinePanel(upTo: k, in: scene)]
        case .image, .table, .gradFilters, .gradInput, .gradBias, .forwardAsConvolution:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }

    /// Iterations a sparkline shows at most (the latest ones), so the filters beside it keep their room at 80 columns.
    static let sparklineLength = 24

    /// One character per iteration up to `current` (the last `sparklineLength` of them), its height the loss on a
    /// log scale over the whole run.
    private func sparklinePanel(upTo current: Int, in scene: PhaseScene) -> MatrixPanel {
        let levels = scene.options.glyphs == .ascii ? Sparkline.asciiBlocks : Sparkline.blocks
        let heights = Sparkline.levels(losses, count: levels.count)
        let first = max(0, current + 1 - Self.sparklineLength)
        let width = min(losses.count, Self.sparklineLength)
        let drawn = String(heights[first...current].map { levels[$0] })
        // Cells are right-aligned: pad on the right so the line grows from the left as iterations pass.
        let line = drawn + String(repeating: " ", count: width - drawn.count)
        let shown = first == 0 ? "" : ", \(first + 1)–\(current + 1)"
        return MatrixPanel(
            title: scene.options.glyphs.text("L, log scale\(shown)"), rows: 1, columns: 1, cell: { _, _ in .init(line, .filled) },
            focus: nil, textWidth: width)
    }
}
