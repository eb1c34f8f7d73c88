import CNNEngine
import LessonModel
import LessonText

/// A convolution on screen: the padded input under the filter; for dL/dW the input under dL/dO; for dL/dX the
/// zero-inserted, padded dL/dO under the rotated filter; for dL/db the plane of dL/dO being summed.
extension Conv2D: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let focus = forwardFocus(step, in: scene)
            return forwardRow(kernelChannel: focus.kernelChannel, filter: focus.filter, step: step, in: scene)
                + soleBiasPanel(in: scene) + [scene.resultPanel(step, plane: [focus.filter])]
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
        let filter = forwardFocus(step, in: scene).filter
        return (0..<channelsPerGroup).map { kernelChannel in
            forwardRow(kernelChannel: kernelChannel, filter: filter, step: step, in: scene)
                + (kernelChannel == 0 ? soleBiasPanel(in: scene) + [scene.resultPanel(step, plane: [filter])] : [])
        }
    }

    /// For a forward step over several channels or filters: every input channel along the top, then one row per
    /// filter with its slices under the channels they read (a grouped filter leaves the other groups' columns
    /// empty), its bias and its output map, the step's filter marked.
    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? {
        guard kind == .forward, channelsPerGroup > 1 || filterCount > 1 else { return nil }
        let inputs = (0..<channelCount).map { scene.paddedInputPanel(paddedInput, channel: $0, channels: channelCount) }
        let rows = (0..<filterCount).map { filterRow($0, step: step, in: scene) }
        return PanelTable(header: inputs, rows: rows)
    }

    /// Filter `filter`'s row of the wide table: a heading when there are several filters, each kernel slice
    /// under the input channel it reads, the bias, and the filter's output map.
    private func filterRow(_ filter: Int, step: Step, in scene: PhaseScene) -> PanelTable.Row {
        var slices = [MatrixPanel?](repeating: nil, count: channelCount)
        let name = scene.options.glyphs.text(scene.player.phase.names.filters)
        for kernelChannel in 0..<channelsPerGroup {
            let channel = inputChannel(filter: filter, kernelChannel: kernelChannel)
            let title = "\(name) channel \(channel + 1) \(filters.shape[2])×\(filters.shape[3])"
            slices[channel] = scene.tensorPanel(.filters, filters, plane: [filter, kernelChannel], title: title)
        }
        let isStepFilter = filter == step.targetIndex[0]
        let heading = filterCount > 1 ? filterHeading(filter, isStepFilter: isStepFilter, in: scene) : nil
        return PanelTable.Row(
            heading: heading, cells: slices, trailing: biasPanel(filter, in: scene) + [scene.resultPanel(step, plane: [filter])])
    }

    /// `W filter 2 of 2 3×3×3 · this step`: which filter a row of the wide table shows, strong for the step's.
    private func filterHeading(_ filter: Int, isStepFilter: Bool, in scene: PhaseScene) -> StyledText {
        let glyphs = scene.options.glyphs
        let size = "\(channelsPerGroup)×\(filters.shape[2])×\(filters.shape[3])"
        let text = glyphs.text(scene.player.phase.names.filters) + " filter \(filter + 1) of \(filterCount) \(size)"
        return isStepFilter ? StyledText(text + glyphs.separator + "this step", .strong) : StyledText(text, .muted)
    }

    /// Filter `filter`'s bias as a one-cell panel beside its slices (`b` over `1`), marked while the sum adds it;
    /// nothing when the layer has no bias. A panel like the filter's, not a caption `b = 1`: during practice
    /// that would read as a stated result whenever the answer equals the bias.
    private func biasPanel(_ filter: Int, in scene: PhaseScene) -> [MatrixPanel] {
        guard hasBias else { return [] }
        let name = scene.options.glyphs.text(scene.player.phase.names.bias)
        return [scene.scalarPanel(.bias, index: [filter], value: bias.scalars[filter], title: name)]
    }

    /// The bias of a layer's only filter beside it; with several filters their biases stand in the wide table's
    /// rows, and the sum names the step's.
    private func soleBiasPanel(in scene: PhaseScene) -> [MatrixPanel] {
        filterCount == 1 ? biasPanel(0, in: scene) : []
    }

    /// The filter and the kernel channel shown: while the sum is animated, the active term's channel of the
    /// step's filter; otherwise `c` steps through the step's filter's channels, then the next filter's, and
    /// round (so every filter can be looked at, its output plane beside it).
    private func forwardFocus(_ step: Step, in scene: PhaseScene) -> (filter: Int, kernelChannel: Int) {
        let stepFilter = step.targetIndex[0]
        if let active = scene.active[.input]?[0] { return (stepFilter, kernelChannel(readingInputChannel: active)) }
        let choice = scene.player.focusChannel % (filterCount * channelsPerGroup)
        return ((stepFilter + choice / channelsPerGroup) % filterCount, choice % channelsPerGroup)
    }

    /// The input channel that kernel channel `kernelChannel` of `filter` reads, and that kernel slice.
    private func forwardRow(kernelChannel: Int, filter: Int, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
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
        let plane = filterCount > 1 ? " filter \(filter + 1) of \(filterCount)" : ""
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

    /// `W filter 2 of 2 channel 1 3×3`.
    private func filterTitle(_ filter: Int, _ channel: Int, in scene: PhaseScene) -> String {
        var title = scene.options.glyphs.text(scene.player.phase.names.filters)
        if filterCount > 1 { title += " filter \(filter + 1) of \(filterCount)" }
        if channelCount > 1 { title += " channel \(channel + 1)" }
        return title + " \(filters.shape[2])×\(filters.shape[3])"
    }
}
