import CNNEngine
import LessonModel
import LessonText

extension Worksheet {
    /// What the student starts from: the first stage's input, every stage's parameters and dL/dO of the last
    /// stage. Intermediate results are left out: they are what the student computes.
    func givens(of lesson: Lesson) -> [SheetMatrix] {
        var givens: [SheetMatrix] = []
        for phase in lesson.phases where (phase.kind == .forward || phase.kind == .image) && !phase.isInsideLoop {
            for (name, tensor) in phase.operandTensors where name != .input || phase.stageIndex == 0 {
                givens.append(matrix(phase.caption(for: name), tensor, filled: true))
            }
        }
        if let gradOutput = lesson.gradOutput, let last = lesson.stages.indices.last {
            givens.append(matrix(lesson.names(ofStage: last).name(of: .gradOutput), gradOutput, filled: true))
        }
        return givens
    }

    /// One line per stage: what it computes and, for a sliding window, its stride, padding and dilation.
    func operations(of lesson: Lesson) -> [String] {
        lesson.phases.filter { ($0.kind == .forward || $0.kind == .image || $0.kind == .table) && !$0.isInsideLoop }.map { phase in
            let geometry = Self.geometry(of: phase.stage).map { "; " + $0 } ?? ""
            return options.glyphs.text("Stage \(phase.stageIndex + 1): \(phase.title)\(geometry)")
        }
    }

    /// The stride, padding and dilation of a stage that slides a window or stamps a kernel; nil otherwise.
    static func geometry(of stage: LessonStage) -> String? {
        if case .transposedConvolution(let layer) = stage { return layer.window.geometryText }
        return stage.operation.slidingWindow?.geometryText
    }

    /// A captioned tensor (`W (2×3×3)`), one plane per channel or filter; blank cells unless `filled`.
    func matrix(_ name: String, _ tensor: Tensor, filled: Bool) -> SheetMatrix {
        let glyphs = options.glyphs
        let planes = MatrixText.planes(of: tensor).map { plane -> SheetMatrix.Plane in
            let isVector = tensor.rank < 2
            let height = isVector ? 1 : tensor.shape[tensor.rank - 2], width = tensor.shape.last ?? 1
            let rows = (0..<height).map { row in
                (0..<width).map { column -> String? in
                    filled ? NumberText.format(tensor[isVector ? [column] : plane + [row, column]], glyphs: glyphs) : nil
                }
            }
            return SheetMatrix.Plane(label: Self.planeLabel(plane, shape: tensor.shape), rows: rows)
        }
        return SheetMatrix(caption: glyphs.text("\(name) (\(Tensor.shownShapeText(tensor.shape)))"), planes: planes)
    }

    /// `channel 2` for `[C][H][W]`, `filter 1, channel 2` for `[F][C][KH][KW]`, leaving out axes of one entry.
    static func planeLabel(_ plane: [Int], shape: [Int]) -> String {
        let words = plane.count == 2 ? ["filter", "channel"] : ["channel"]
        return zip(words, zip(plane, shape)).filter { $0.1.1 > 1 }.map { "\($0.0) \($0.1.0 + 1)" }.joined(separator: ", ")
    }
}
