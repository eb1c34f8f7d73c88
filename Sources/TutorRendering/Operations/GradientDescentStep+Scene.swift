import CNNEngine
import LessonModel

/// An update on screen: W and dL/dW (the plane of the weight being moved) beside the new W filling in.
extension GradientDescentStep: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let plane = Array(step.targetIndex.dropLast(2))
            return [weightPanel(.filters, weights, plane: plane, in: scene), weightPanel(.gradFilters, gradient, plane: plane, in: scene),
                    scene.resultPanel(step)]
        case .image, .table, .gradFilters, .gradInput, .gradBias:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    /// A weight tensor of any rank: its `[f][c]` plane for filters, the whole matrix or vector otherwise.
    private func weightPanel(_ name: TensorName, _ tensor: Tensor, plane: [Int], in scene: PhaseScene) -> MatrixPanel {
        guard tensor.rank > 2, !plane.isEmpty else { return scene.anyPanel(name, tensor) }
        let title = scene.planeTitle(name, shape: Array(tensor.shape.dropFirst(plane.count - 1)), plane.last ?? 0)
        return scene.tensorPanel(name, tensor, plane: plane, title: title)
    }
}
