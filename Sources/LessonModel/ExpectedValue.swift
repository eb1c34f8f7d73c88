import CNNEngine

/// Which result an answer key refers to.
public enum ResultKey: String, Sendable, CaseIterable, Codable {
    /// The forward output of the last stage.
    case output
    /// dL/dX of the first stage.
    case gradInput = "grad_input"
    /// dL/dF of the (first) convolution.
    case gradFilters = "grad_filters"
    /// dL/db of the (first) convolution.
    case gradBias = "grad_bias"
    /// A training loop's loss at each iteration, `[iterations]`.
    case losses
}

/// One value of an answer key, with where the file states it.
public struct ExpectedValue: Sendable, Equatable {
    /// The result it refers to.
    public let result: ResultKey
    /// The cell, 0-based, in the result's full shape.
    public let index: [Int]
    /// The stated value.
    public let value: Double
    /// Where the value is written in the lesson file.
    public let location: SourceLocation

    /// Creates an expected value.
    public init(result: ResultKey, index: [Int], value: Double, location: SourceLocation) {
        self.result = result
        self.index = index
        self.value = value
        self.location = location
    }
}
