import CNNEngine
import LessonModel
import LessonPictures
import LessonText
import TutorCore

/// What the player draws for the current step: the operand panels, the result panel and the highlights,
/// all derived from the engine's step so the picture always matches the sum.
struct PhaseScene {
    let player: PlayerState
    let options: RenderOptions
    let step: Step?
    let formatter: StepFormatter
    /// Operand positions of revealed terms, per tensor.
    let highlighted: [TensorName: Set<[Int]>]
    /// Operand positions of the term being added now.
    let active: [TensorName: [Int]]
    /// The winning cell of a completed max-pooling step.
    let winner: [Int]?

    /// Most terms whose cells are highlighted (a dL/dW step of a large image has one term per output cell).
    static let highlightLimit = 2048

    init(player: PlayerState, options: RenderOptions) {
        self.player = player
        self.options = options
        self.step = player.step
        self.formatter = StepFormatter(phase: player.phase, glyphs: options.glyphs)
        var highlighted: [TensorName: Set<[Int]>] = [:], active: [TensorName: [Int]] = [:]
        if let step {
            let shown = min(step.terms.count, Self.highlightLimit)
            for index in 0..<shown {
                let term = step.terms[index]
                for operand in [term.left] + (term.right.map { [$0] } ?? []) {
                    highlighted[operand.tensor, default: []].insert(operand.position)
                    if index == player.activeTerm { active[operand.tensor] = operand.position }
                }
            }
        }
        self.highlighted = highlighted
        self.active = active
        if player.isStepComplete, let step, let index = step.winner { winner = step.terms[index].left.position } else { winner = nil }
    }

    /// The focused plane among `count` (channel or filter): the active term's, else the student's choice.
    func focusPlane(count: Int, activePlane: Int?) -> Int {
        guard count > 0 else { return 0 }
        return activePlane ?? (player.focusChannel % count)
    }

    /// The panels for this step, operands first and the result last, as the stage's operation lays them out.
    func panels() -> [MatrixPanel] {
        guard let step else { return [] }
        return player.phase.stage.scene.panels(player.phase.kind, step: step, in: self)
    }

    /// For a multi-channel step: one row of panels per input channel; nil when the operation has none.
    func channelPanelRows() -> [[MatrixPanel]]? {
        guard let step else { return nil }
        return player.phase.stage.scene.channelPanelRows(player.phase.kind, step: step, in: self)
    }

    /// Every plane of this step at once (every input channel, every filter with its output map), for a wide
    /// screen; nil when the operation has only the panels of `panels()`.
    func panelTable() -> PanelTable? {
        guard let step else { return nil }
        return player.phase.stage.scene.panelTable(player.phase.kind, step: step, in: self)
    }

    /// dL/dO's plane and the input's with the target cell marked, then the result: a gradient that flows
    /// back through each output's window or cell (ReLU, pooling).
    func gradientThroughInputPanels(_ step: Step) -> [MatrixPanel] {
        let channel = step.targetIndex.count > 1 ? step.targetIndex[0] : 0
        var panels = [gradOutputPanel(plane: channel)]
        if let input = player.phase.stage.input {
            panels.append(anyPanel(.input, input, plane: channel, target: step.targetIndex))
        }
        return panels + [resultPanel(step)]
    }

    func paddedInputPanel(_ padded: PaddedInput, channel: Int, channels: Int) -> MatrixPanel {
        let size = padded.size
        let name = options.glyphs.text(player.phase.names.name(of: .input))
        let plane = channels > 1 ? " channel \(channel + 1)/\(channels)" : ""
        let isPadded = padded.window.padding != .zero
        let dims = "\(padded.input.shape[1])×\(padded.input.shape[2])" + (isPadded ? " padded" : "")
        let (top, left) = (padded.window.rows.padBefore, padded.window.columns.padBefore)
        let (height, width) = (padded.input.shape[1], padded.input.shape[2])
        let sample = padded.sampler(channel: channel)
        return framePanel(
            .input, plane: channel, rows: size.rows, columns: size.columns, title: "\(name)\(plane) \(dims)", sample: sample
        ) { row, column in
            let inside = row >= top && row < top + height && column >= left && column < left + width
            return (sample(row, column), inside ? .element : .padding)
        }
    }

    func gradOutputPanel(plane: Int) -> MatrixPanel {
        let gradOutput = player.phase.gradOutput ?? Tensor(zeros: [1, 1, 1])
        return anyPanel(.gradOutput, gradOutput, plane: plane)
    }

    /// A tensor of any rank: a vector as one row, a matrix whole, a `[C][H][W]` tensor's plane `plane`.
    func anyPanel(_ name: TensorName, _ tensor: Tensor, plane: Int = 0, target: [Int]? = nil) -> MatrixPanel {
        let title = planeTitle(name, tensor, plane)
        switch tensor.rank {
        case 1: return vectorPanel(name, tensor, title: title, target: target)
        case 2:
            return panel(name, prefix: [], rows: tensor.shape[0], columns: tensor.shape[1], title: title, target: target) { row, column in
                (tensor.scalars[row * tensor.shape[1] + column], .element)
            }
        default: return tensorPanel(name, tensor, plane: [plane], title: title, target: target)
        }
    }

    func tensorPanel(_ name: TensorName, _ tensor: Tensor, plane: [Int], title: String, target: [Int]? = nil) -> MatrixPanel {
        // Worked out once, not per cell: a picture samples every cell on screen through this closure.
        let base = zip(plane, tensor.strides).reduce(0) { $0 + $1.0 * $1.1 }, rowStride = tensor.strides[tensor.rank - 2]
        let sample = { [scalars = tensor.scalars] (row: Int, column: Int) in scalars[base + row * rowStride + column] }
        return framePanel(
            name, plane: plane[0], secondPlane: plane.count > 1 ? plane[1] : nil, rows: tensor.shape[tensor.rank - 2],
            columns: tensor.shape[tensor.rank - 1], title: title, target: target, sample: sample
        ) { row, column in
            (sample(row, column), .element)
        }
    }

    /// A panel over a frame whose positions are `[plane, (secondPlane,) row, column]`. Cells are matched by
    /// `row * columns + column` so drawing a large matrix allocates nothing per cell.
    func framePanel(
        _ name: TensorName, plane: Int, secondPlane: Int? = nil, rows: Int, columns: Int, title: String,
        target: [Int]? = nil, value: @escaping (Int, Int) -> (Double, OperandOrigin)
    ) -> MatrixPanel {
        framePanel(
            name, plane: plane, secondPlane: secondPlane, rows: rows, columns: columns, title: title, target: target,
            sample: { value($0, $1).0 }, value: value)
    }

    /// A frame panel whose picture calls `sample`, the value without its origin (see `panel`).
    func framePanel(
        _ name: TensorName, plane: Int, secondPlane: Int? = nil, rows: Int, columns: Int, title: String,
        target: [Int]? = nil, sample: @escaping (Int, Int) -> Double, value: @escaping (Int, Int) -> (Double, OperandOrigin)
    ) -> MatrixPanel {
        panel(
            name, prefix: [plane] + (secondPlane.map { [$0] } ?? []), rows: rows, columns: columns, title: title, target: target,
            sample: sample, value: value)
    }

    /// A vector `[N]` as one row, its cells highlighted like a matrix's.
    func vectorPanel(_ name: TensorName, _ tensor: Tensor, title: String, target: [Int]? = nil) -> MatrixPanel {
        panel(name, prefix: [], rows: 1, columns: tensor.count, title: title, target: target) { _, column in
            (tensor.scalars[column], .element)
        }
    }

    /// One value of a tensor as a one-cell panel, e.g. filter 2's bias, position `index`: marked while a sum
    /// reads it, like any operand.
    func scalarPanel(_ name: TensorName, index: [Int], value: Double, title: String) -> MatrixPanel {
        panel(name, prefix: index, rows: 1, columns: 1, title: title, target: nil) { _, _ in (value, .element) }
    }

    /// A panel over positions `prefix + [row, column]` (or `[column]` for a one-row vector, `prefix` empty; or
    /// `prefix` itself for a one-cell panel).
    private func panel(
        _ name: TensorName, prefix: [Int], rows: Int, columns: Int, title: String, target: [Int]?,
        value: @escaping (Int, Int) -> (Double, OperandOrigin)
    ) -> MatrixPanel {
        panel(name, prefix: prefix, rows: rows, columns: columns, title: title, target: target, sample: { value($0, $1).0 }, value: value)
    }

    /// A panel whose picture calls `sample`, the value without its origin: a picture samples every cell on
    /// screen, so a large operand gives it the shortest path to a value (a closure, never an optional one, which
    /// Swift would wrap in conversion thunks for every call).
    private func panel(
        _ name: TensorName, prefix: [Int], rows: Int, columns: Int, title: String, target: [Int]?,
        sample: @escaping (Int, Int) -> Double, value: @escaping (Int, Int) -> (Double, OperandOrigin)
    ) -> MatrixPanel {
        func key(_ position: [Int]?) -> Int? {
            guard let position, Array(position.prefix(prefix.count)) == prefix else { return nil }
            if prefix.isEmpty && rows == 1 && position.count == 1 { return position[0] }
            if rows == 1 && columns == 1 && position.count == prefix.count { return 0 }
            guard position.count == prefix.count + 2 else { return nil }
            return position[prefix.count] * columns + position[prefix.count + 1]
        }
        let used = Set((highlighted[name] ?? []).compactMap(key))
        // A panel whose every cell takes part (the kernel itself) is not highlighted: that says nothing.
        let marked = used.count >= rows * columns ? [] : used
        let activeKey = key(active[name]), targetKey = key(target), winnerKey = name == .input ? key(winner) : nil
        let focusKeys = targetKey.map { [$0] } ?? (activeKey.map { [$0] } ?? Array(marked))
        var focus: (rows: ClosedRange<Int>, columns: ClosedRange<Int>)?
        if let top = focusKeys.map({ $0 / columns }).min(), let bottom = focusKeys.map({ $0 / columns }).max(),
            let left = focusKeys.map({ $0 % columns }).min(), let right = focusKeys.map({ $0 % columns }).max()
        {
            focus = (top...bottom, left...right)
        }
        let glyphs = options.glyphs
        // Most cells lie outside the window: its bounding rectangle spares them a hash lookup.
        let window = PictureSource.rect(of: marked, columns: columns)
        let cell: (Int, Int) -> MatrixPanel.CellContent = { row, column in
            let (number, origin) = value(row, column)
            let key = row * columns + column
            let text = NumberText.format(number, glyphs: glyphs)
            if key == activeKey { return .init(text, .activeTerm, bracketed: true) }
            if key == winnerKey { return .init(text, .winner, bracketed: true) }
            if key == targetKey { return .init(text, .window, bracketed: true) }
            if let window, window.rows.contains(row), window.columns.contains(column), marked.contains(key) {
                return .init(text, .window)
            }
            return .init(text, origin == .element ? .plain : .padding)
        }
        var matrix = MatrixPanel(
            title: title, rows: rows, columns: columns, cell: cell, focus: focus,
            textWidth: Self.textWidth(rows: rows, columns: columns, focus: focus) { NumberText.format(value($0, $1).0, glyphs: glyphs) })
        matrix.picture = PictureSource(
            value: sample, filledCells: nil, scale: pictureScale(name), window: window,
            target: targetKey.flatMap { PictureSource.rect(of: [$0], columns: columns) },
            keepsNumbers: Self.keepsNumbers(name, rows: rows, columns: columns), numbersBeside: window != nil)
        return matrix
    }

    /// How `name` is pictured in this phase.
    func pictureScale(_ name: TensorName) -> PictureScale {
        player.pictureScales[name] ?? .intensity(top: 1)
    }

    /// Whether a panel stays as numbers in picture view: a filter of at most 8×8 (its weights are what each window
    /// is multiplied by), or a tensor of at most 4 cells.
    static func keepsNumbers(_ name: TensorName, rows: Int, columns: Int) -> Bool {
        let isParameter = name == .filters || name == .rotatedFilters || name == .bias
        return rows * columns <= 4 || (isParameter && rows <= 8 && columns <= 8)
    }

    /// The result being filled in: earlier cells filled, the current one bracketed, later ones pending. `plane`
    /// shows another plane of the result than the step's (the filter the student chose with `c`).
    func resultPanel(_ step: Step, title: String? = nil, plane chosenPlane: [Int]? = nil) -> MatrixPanel {
        guard let operation = player.phase.operation, let result = player.phaseResult?.scalars else {
            return MatrixPanel(title: "", rows: 0, columns: 0, cell: { _, _ in .init("") }, focus: nil, textWidth: 1)
        }
        let shape = operation.resultShape
        let plane = chosenPlane ?? Array(step.targetIndex.dropLast(min(2, shape.count)))
        let rows = shape.count >= 2 ? shape[shape.count - 2] : 1
        let columns = shape.last ?? 1
        let current = step.number, complete = player.isStepComplete, glyphs = options.glyphs
        let isImage = player.phase.kind == .image
        let planeBase = plane.enumerated().reduce(0) { $0 * shape[$1.offset] + $1.element } * rows * columns
        let cell: (Int, Int) -> MatrixPanel.CellContent = { row, column in
            let order = planeBase + row * columns + column
            if order == current {
                return .init(complete ? NumberText.format(step.total, glyphs: glyphs) : "?", .current, bracketed: true)
            }
            if order < current || isImage {
                return .init(NumberText.format(result[order], glyphs: glyphs), isImage ? .plain : .filled)
            }
            return .init(glyphs.pending, .pending)
        }
        let targetRow = shape.count >= 2 ? step.targetIndex[step.targetIndex.count - 2] : 0
        let targetColumn = step.targetIndex.last ?? 0
        let focus = (rows: targetRow...targetRow, columns: targetColumn...targetColumn)
        let name = operation.resultName
        var matrix = MatrixPanel(
            title: title ?? planeTitle(name, shape: shape, plane.first ?? 0),
            rows: rows, columns: columns, cell: cell, focus: focus,
            textWidth: max(
                3,
                Self.textWidth(rows: rows, columns: columns, focus: focus) { r, c in
                    let order = planeBase + r * columns + c
                    return order <= current || isImage ? NumberText.format(result[order], glyphs: glyphs) : ""
                }))
        matrix.picture = PictureSource(
            value: { row, column in result[planeBase + row * columns + column] },
            filledCells: isImage ? nil : min(max(current - planeBase + (complete ? 1 : 0), 0), rows * columns),
            scale: pictureScale(name), window: nil,
            target: PictureSource.PixelRect(rows: targetRow...targetRow, columns: targetColumn...targetColumn),
            keepsNumbers: rows * columns <= 4, numbersBeside: isImage)
        matrix.picture?.hidesRange = player.practice != nil && !isImage
        return matrix
    }

    func planeTitle(_ name: TensorName, _ tensor: Tensor, _ plane: Int) -> String {
        planeTitle(name, shape: tensor.shape, plane)
    }

    /// `X channel 2/3 6×6`, `Z filter 2 of 2 4×4`: the tensor's name, which plane of how many, and the plane's size.
    /// A convolution's output planes (and their gradients) are its filters'; every other plane is a channel (kept
    /// short: channel titles sit over narrow pictures).
    func planeTitle(_ name: TensorName, shape: [Int], _ plane: Int) -> String {
        let count = shape.count >= 3 ? shape[0] : 1
        let label = options.glyphs.text(player.phase.names.name(of: name))
        let isFilterPlane: Bool
        if case .convolution = player.phase.stage, [.output, .gradOutput, .gradOutputFullGrid].contains(name) {
            isFilterPlane = true
        } else {
            isFilterPlane = false
        }
        let planeText = count > 1 ? (isFilterPlane ? " filter \(plane + 1) of \(count)" : " channel \(plane + 1)/\(count)") : ""
        let dims = shape.count >= 2 ? " \(shape[shape.count - 2])×\(shape[shape.count - 1])" : " \(shape.reduce(1, *))"
        return label + planeText + dims
    }

    /// The widest number of the matrix when it is small, else of the cells around the focus (so a frame of a
    /// large lesson formats a few hundred numbers, not the whole matrix).
    static func textWidth(
        rows: Int, columns: Int, focus: (rows: ClosedRange<Int>, columns: ClosedRange<Int>)?, text: (Int, Int) -> String
    ) -> Int {
        let small = rows * columns <= 400
        let centre = (row: focus?.rows.lowerBound ?? 0, column: focus?.columns.lowerBound ?? 0)
        let rowRange = small ? 0..<rows : max(0, centre.row - 6)..<min(rows, centre.row + 7)
        let columnRange = small ? 0..<columns : max(0, centre.column - 10)..<min(columns, centre.column + 11)
        var width = 1
        for row in rowRange { for column in columnRange { width = max(width, text(row, column).unicodeScalars.count) } }
        return width
    }
}
