import CNNEngine
import LessonModel
import LessonText

/// A convolution on screen: the padded input under the filter; for dL/dW the input under dL/dO; for dL/dX the
/// zero-inserted, padded dL/dO under the rotated filter; for dL/db the plane of dL/dO being summed.
extension Conv2D: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let active = scene.active[.input].map { kernelChannel(readingInputChannel: $0[0]) }
            let focus = scene.focusPlane(count: channelsPerGroup, activePlane: active)
            return forwardRow(kernelChannel: focus, step: step, in: scene) + [scene.resultPanel(step)]
        case .forwardAsConvolution, .gradFilters:
            let filter = step.targetIndex[0]
            let channel = inputChannel(filter: filter, kernelChannel: step.targetIndex[1])
            return [
                scene.paddedInputPanel(paddedInput, channel: channel, channels: channelCount),
                scene.gradOutputPanel(plane: filter), scene.resultPanel(step),
            ]
        case .gradInput:
            return fullConvolutionPanels(step, in: scene)
        case .gradBias:
            return [scene.gradOutputPanel(plane: step.targetIndex[0]), scene.resultPanel(step)]
        case .image, .table:
            return [scene.resultPanel(step)]
        }
    }

    /// For a forward step whose filter reads several input channels: each channel's window and kernel slice,
    /// the output beside the first row.
    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? {
        guard kind == .forward, channelsPerGroup > 1 else { return nil }
        return (0..<channelsPerGroup).map { kernelChannel in
            forwardRow(kernelChannel: kernelChannel, step: step, in: scene) + (kernelChannel == 0 ? [scene.resultPanel(step)] : [])
        }
    }

    /// The input channel that kernel channel `kernelChannel` of the step's filter reads, and that kernel slice.
    private func forwardRow(kernelChannel: Int, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        let filter = step.targetIndex[0]
        let channel = inputChannel(filter: filter, kernelChannel: kernelChannel)
        return [
            scene.paddedInputPanel(paddedInput, channel: channel, channels: channelCount),
            scene.tensorPanel(.filters, filters, plane: [filter, kernelChannel], title: filterTitle(filter, channel, in: scene)),
        ]
    }

    private func fullConvolutionPanels(_ step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        let phase = scene.player.phase
        guard let gradOutput = phase.gradOutput else { return [scene.resultPanel(step)] }
        let grid = ZeroInsertedGrid(layer: self, gradOutput: gradOutput)
        let channel = step.targetIndex[0]
        let readers = filters(readingInputChannel: channel)
        let filter = scene.active[.gradOutputFullGrid]?[0] ?? readers.lowerBound + scene.focusPlane(count: readers.count, activePlane: nil)
        let slice = kernelChannel(readingInputChannel: channel)
        let glyphs = scene.options.glyphs
        let name = glyphs.text(phase.names.name(of: .gradOutput))
        let plane = filterCount > 1 ? " filter \(filter + 1)/\(filterCount)" : ""
        let gridPanel = scene.framePanel(
            .gradOutputFullGrid, plane: filter, rows: grid.size.rows, columns: grid.size.columns,
            title: "\(name)\(plane) full grid \(grid.size.rows)×\(grid.size.columns)"
        ) { row, column in grid.cell(plane: filter, row: row, column: column) }
        let rotated = scene.framePanel(
            .rotatedFilters, plane: filter, secondPlane: slice, rows: filters.shape[2], columns: filters.shape[3],
            title: glyphs.text("\(phase.names.filters) rotated 180°")
        ) { row, column in (filters[rotatedSource(filter, slice, row, column)], .element) }
        return [gridPanel, rotated, scene.resultPanel(step)]
    }

    /// `W filter 2/2 channel 1 3×3`.
    private func filterTitle(_ filter: Int, _ channel: Int, in scene: PhaseScene) -> String {
        var title = scene.options.glyphs.text(scene.player.phase.names.filters)
        if filterCount > 1 { title += " filter \(filter + 1)/\(filterCount)" }
        if channelCount > 1 { title += " channel \(channel + 1)" }
        return title + " \(filters.shape[2])×\(filters.shape[3])"
    }
}
