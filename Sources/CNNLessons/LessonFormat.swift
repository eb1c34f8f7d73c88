/// The keys and operation names of the lesson file format (documented in lessons/README.md).
enum LessonFormat {
    /// Top-level keys.
    static let topLevelKeys = [
        "id", "title", "introduction", "op", "input", "filters", "bias", "stride", "padding", "dilation", "size",
        "grad_output", "names", "symbolic", "narration", "expected", "notes", "then", "input_shape", "layers",
    ]
    /// Keys of a stage under `then:`.
    static let stageKeys = ["op", "filters", "bias", "stride", "padding", "dilation", "size", "narration"]
    /// Operations a lesson may start with.
    static let operations = ["image", "conv2d", "relu", "maxpool2d", "avgpool2d", "architecture"]
    /// Operations that may follow under `then:`.
    static let chainedOperations = ["conv2d", "relu", "maxpool2d", "avgpool2d"]
    /// The parameters each operation takes.
    static let parameters: [String: [String]] = [
        "image": [],
        "conv2d": ["filters", "bias", "stride", "padding", "dilation"],
        "relu": [],
        "maxpool2d": ["size", "stride", "padding"],
        "avgpool2d": ["size", "stride", "padding"],
        "architecture": ["input_shape", "layers"],
    ]
    /// Every parameter key, to report one that does not apply to the operation.
    static let allParameters = ["filters", "bias", "stride", "padding", "dilation", "size", "input_shape", "layers"]
    /// Narration keys.
    static let narrationKeys = ["image", "forward", "grad_filters", "grad_input", "grad_bias", "table"]
    /// Keys of `names:`.
    static let nameKeys = ["input", "filters", "bias", "output"]
    /// Keys of `expected:`.
    static let expectedKeys = ["output", "grad_input", "grad_filters", "grad_bias", "cells"]
    /// Keys of an architecture layer.
    static let layerKeys = ["name", "type", "filters", "size", "stride", "padding", "units"]
    /// Layer types.
    static let layerTypes = ["conv", "maxpool", "avgpool", "flatten", "fc", "softmax"]
}
