import CNNEngine

extension SlidingWindow2D {
    /// `stride 2, padding 1, dilation 1`: the window's geometry as transcripts and worksheets state it.
    public var geometryText: String {
        "stride \(stride), padding \(padding), dilation \(dilation)"
    }
}

extension TransposedWindow2D {
    /// `stride 2, padding 1, output_padding 0, dilation 1`: a transposed convolution's arguments, PyTorch's names.
    public var geometryText: String {
        "stride \(stride), padding \(padding), output_padding \(outputPadding), dilation \(dilation)"
    }
}
