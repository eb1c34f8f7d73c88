import CNNEngine
import LessonModel

/// An update on screen: W and dL/dW (the plane of the weight being moved) beside the new W filling in.
extension GradientDescentStep: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let plane = Array(step.targetIndex.dropLast(2)), name = scene.player.phase.names.filters
            return [
                weightPanel(.filters, weights, plane: plane, title: "\(name) before", in: scene),
                weightPanel(.gradFilters, gradient, plane: plane, title: nil, in: scene),
                scene.resultPanel(step, title: scene.options.glyphs.text("\(name) after")),
            ]
        case .image, .table, .gradFilters, .gradInput, .gradBias, .forwardAsConvolution:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }

    /// A weight tensor of any rank: its `[f][c]` plane for filters, the whole matrix or vector otherwise; titled
    /// `title`, or by its name and size.
    private func weightPanel(_ name: TensorName, _ tensor: Tensor, plane: [Int], title: String?, in scene: PhaseScene) -> MatrixPanel {
        guard tensor.rank > 2, !plane.isEmpty else { return scene.anyPanel(name, tensor) }
        let sized = scene.planeTitle(name, shape: Array(tensor.shape.dropFirst(plane.count - 1)), plane.last ?? 0)
        return scene.tensorPanel(name, tensor, plane: plane, title: title.map(scene.options.glyphs.text) ?? sized)
    }
}
