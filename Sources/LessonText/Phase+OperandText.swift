import CNNEngine
import LessonModel

extension Phase {
    /// The tensors the phase is computed from, written out for transcripts and plain narration: each operand
    /// with its caption and, for a forward step over a padded input, that input with its padding, which is
    /// what the window actually slides over.
    public func operandBlocks(glyphs: Glyphs) -> [MatrixBlock] {
        var blocks: [MatrixBlock] = []
        for (name, tensor) in operandTensors {
            blocks.append(MatrixText.block(glyphs.text(caption(for: name)), tensor, glyphs: glyphs))
            if name == .input, kind == .forward, let padded = stage.operation.windowInput, padded.window.padding != .zero {
                blocks.append(paddedBlock(padded, glyphs: glyphs))
            }
        }
        return blocks
    }

    private func paddedBlock(_ padded: PaddedInput, glyphs: Glyphs) -> MatrixBlock {
        let size = padded.size
        let tensor = Tensor(shape: [padded.input.shape[0], size.rows, size.columns]) {
            padded.value(channel: $0[0], row: $0[1], column: $0[2])
        }
        let sides = padded.window.padding
        let caption = "\(names.input) padded (top, bottom, left, right) = (\(sides.top), \(sides.bottom), \(sides.left), \(sides.right))"
        return MatrixText.block(glyphs.text(caption), tensor, glyphs: glyphs)
    }
}
