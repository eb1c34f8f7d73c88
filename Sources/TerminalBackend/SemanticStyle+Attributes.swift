import TutorRendering

extension SemanticStyle {
    /// The attributes this meaning is drawn with; every style that matters has a cue besides colour.
    public var attributes: StyleAttributes {
        switch self {
        case .plain: return StyleAttributes()
        case .border: return StyleAttributes(color: .blue)
        case .title: return StyleAttributes(bold: true, color: .cyan)
        case .muted: return StyleAttributes(dim: true)
        case .strong: return StyleAttributes(bold: true)
        case .window: return StyleAttributes(reverse: true, color: .yellow)
        case .current: return StyleAttributes(bold: true, reverse: true, color: .green)
        case .filled: return StyleAttributes(color: .green)
        case .pending: return StyleAttributes(dim: true)
        case .padding: return StyleAttributes(dim: true)
        case .activeTerm: return StyleAttributes(bold: true, underline: true, color: .yellow)
        case .winner: return StyleAttributes(bold: true, underline: true, color: .magenta)
        case .key: return StyleAttributes(bold: true, color: .cyan)
        case .status: return StyleAttributes(reverse: true)
        case .error: return StyleAttributes(bold: true, color: .red)
        case .selected: return StyleAttributes(reverse: true)
        case .positive: return StyleAttributes(color: .green)
        case .negative: return StyleAttributes(color: .red)
        case .pictureWindow: return StyleAttributes(bold: true, color: .yellow)
        case .pictureTarget: return StyleAttributes(bold: true, color: .green)
        }
    }
}
