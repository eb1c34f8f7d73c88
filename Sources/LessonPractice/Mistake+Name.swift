extension Mistake.Kind {
    /// The mistake in a few words, for reports: `kernel flipped`, `bias forgotten`.
    public var name: String {
        switch self {
        case .kernelFlipped: return "kernel flipped"
        case .biasForgotten: return "bias forgotten"
        case .paddingSkipped: return "padding skipped"
        case .windowShiftedByOne: return "window one cell off"
        case .windowShiftedByStride: return "window one stride off"
        case .signDropped: return "a sign dropped"
        case .resultSignTurned: return "the result's sign turned"
        case .wrongWinner: return "not the largest value"
        case .averageNotDivided: return "average not divided (or by the wrong count)"
        case .filterNotRotated: return "filter not rotated"
        case .notDivided: return "not divided"
        case .minusLeftOut: return "a minus left out"
        case .powerLeftOut: return "square or factor 2 left out"
        case .targetNotSubtracted: return "target not subtracted"
        case .gradientAdded: return "gradient added, not subtracted"
        case .learningRateLeftOut: return "learning rate left out"
        }
    }
}
