import LessonModel

/// The keys and operation names of the lesson file format (documented in lessons/README.md).
enum LessonFormat {
    /// Top-level keys: the lesson's own, the first stage's parameters, then the rest.
    static let topLevelKeys =
        ["id", "title", "introduction", "op", "input"] + OperationKind.allParameterKeys
        + ["grad_output", "names", "symbolic", "narration", "expected", "notes", "then"]
    /// Keys of a stage under `then:`: `op`, the parameters of the operations that may follow, `narration`.
    static let stageKeys: [String] = {
        var seen = Set<String>()
        let parameters = OperationKind.allCases.filter { $0.format.canFollow }.flatMap { $0.parameterKeys }
        return ["op"] + parameters.filter { seen.insert($0).inserted } + ["narration"]
    }()
    /// Keys of `input` given as a picture.
    static let imageInputKeys = ["image", "channels", "size", "scale"]
    /// Narration keys.
    static let narrationKeys = Phase.narrationNames
    /// Keys of `names:`.
    static let nameKeys = ["input", "filters", "bias", "output"]
    /// Keys of `expected:`.
    static let expectedKeys = ["output", "grad_input", "grad_filters", "grad_bias", "losses", "cells"]
    /// Keys of an architecture layer (which apply depends on its `type`).
    static let layerKeys = LayerType.allKeys
}
