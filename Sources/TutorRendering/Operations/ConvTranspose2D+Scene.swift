import CNNEngine
import LessonModel
import LessonText

/// A transposed convolution on screen: the input cells stamping and their kernel slice, the output filling in
/// and how many stamps cover each output cell; as a convolution, the zero-inserted grid under the rotated
/// kernel; for the gradients, the tensors each combines.
extension ConvTranspose2D: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        let f = step.targetIndex[0]
        switch kind {
        case .forward:
            let channel = scene.active[.input]?[0] ?? inputChannels(stampingOnto: f).lowerBound
            return [
                scene.anyPanel(.input, input, plane: channel),
                scene.tensorPanel(
                    .filters, weight, plane: [channel, kernelChannel(ofOutputChannel: f)],
                    title: scene.options.glyphs.text("\(scene.player.phase.names.filters) channel \(channel + 1) → output \(f + 1)")),
                scene.resultPanel(step),
                scene.tensorPanel(.localGradient, stampCounts, plane: [f], title: "stamps per cell", target: step.targetIndex),
            ]
        case .forwardAsConvolution:
            let channel = scene.active[.zeroInsertedInput]?[0] ?? inputChannels(stampingOnto: f).lowerBound
            return gridPanels(channel: channel, outputChannel: f, in: scene) + [scene.resultPanel(step)]
        case .gradFilters:
            return [scene.anyPanel(.input, input, plane: step.targetIndex[0]), scene.gradOutputPanel(plane: 0), scene.resultPanel(step)]
        case .gradInput:
            return [scene.gradOutputPanel(plane: 0), scene.anyPanel(.filters, weight, plane: step.targetIndex[0]), scene.resultPanel(step)]
        case .gradBias:
            return [scene.gradOutputPanel(plane: step.targetIndex[0]), scene.resultPanel(step)]
        case .image, .table:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }

    /// Input channel `channel` zero-inserted and padded, and its kernel for output `outputChannel` rotated 180°.
    private func gridPanels(channel: Int, outputChannel: Int, in scene: PhaseScene) -> [MatrixPanel] {
        let grid = inputGrid, slice = kernelChannel(ofOutputChannel: outputChannel)
        let glyphs = scene.options.glyphs, names = scene.player.phase.names
        let gridPanel = scene.framePanel(
            .zeroInsertedInput, plane: channel, rows: grid.size.rows, columns: grid.size.columns,
            title: glyphs.text("\(names.input) zero-inserted and padded \(grid.size.rows)×\(grid.size.columns)")
        ) { row, column in grid.cell(plane: channel, row: row, column: column) }
        let rotated = scene.framePanel(
            .rotatedFilters, plane: channel, secondPlane: slice, rows: weight.shape[2], columns: weight.shape[3],
            title: glyphs.text("\(names.filters) rotated 180°")
        ) { row, column in (weight[weight.rotated180Index(channel, slice, row, column)], .element) }
        return [gridPanel, rotated]
    }
}
