import CNNEngine

/// A piece of a sum on a worksheet: text as the tutor writes it, or a blank where the student writes a number.
public enum SumPiece: Sendable, Equatable {
    /// Written as it is: a label, `×`, ` + `, `max(`.
    case text(String)
    /// A number to fill in.
    case blank
}

extension StepFormatter {
    /// `Z₁,₃ = _×_ + _×_ + … + _ = _`: the step's sum as `equation` writes it, every number a blank, so the
    /// student sees which products to add without their values.
    public func blankEquation(_ step: Step) -> [SumPiece] {
        var pieces: [SumPiece] = [.text(targetLabel(step) + " = ")]
        guard !isBareValue(step) else { return pieces + [.blank] }
        for part in numericParts(step) {
            switch part.kind {
            case .term(let index):
                pieces += step.terms[index].right == nil ? [.blank] : [.blank, .text(glyphs.times), .blank]
            case .bias:
                pieces.append(.blank)
            case .operator, .ellipsis:
                pieces.append(.text(part.text))
            }
        }
        return pieces + [.text(" = "), .blank]
    }
}
