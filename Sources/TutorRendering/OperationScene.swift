import CNNEngine
import LessonModel

/// How one kind of operation is drawn: the panels of a step (operands first, the result last) and, where it
/// has them, one row of panels per input channel and a table of every channel and filter for wide screens.
/// Each operation conforms in its own file under `Operations/`.
protocol OperationScene {
    /// The panels of a step of phase `kind`.
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel]
    /// One row of panels per input channel for a step of phase `kind`, or nil to draw `panels` alone.
    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]?
    /// Every plane of a step of phase `kind` at once, for a screen wide enough (`PanelTable.minimumScreenWidth`),
    /// or nil when the operation has only one (its `panels` already show everything).
    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable?
}

extension LessonStage {
    /// How the stage's operation is drawn: the one switch over operations in this layer.
    var scene: any OperationScene {
        switch self {
        case .image(let image): return image
        case .convolution(let conv): return conv
        case .transposedConvolution(let conv): return conv
        case .relu(let relu): return relu
        case .pooling(let pool): return pool
        case .architecture(let stack): return stack
        case .flatten(let flatten): return flatten
        case .linear(let dense): return dense
        case .sigmoid(let sigmoid): return sigmoid
        case .softmax(let softmax): return softmax
        case .meanSquaredError(let loss): return loss
        case .crossEntropy(let loss): return loss
        case .gradientStep(let step): return step
        case .learnFilter(let descent): return descent
        }
    }
}
