import CNNEngine

/// How a lesson names its tensors on screen and in transcripts (X, W, b, Z by default).
public struct TensorNames: Sendable, Equatable {
    /// The base names: input, filters, bias, output.
    public let input: String, filters: String, bias: String, output: String

    /// Creates names; gradients are derived (`dL/dX`, `dL/dW`, …).
    public init(input: String = "X", filters: String = "W", bias: String = "b", output: String = "Z") {
        self.input = input
        self.filters = filters
        self.bias = bias
        self.output = output
    }

    /// The standard names.
    public static let standard = TensorNames()

    /// The display name of a tensor role.
    public func name(of tensor: TensorName) -> String {
        switch tensor {
        case .input, .zeroInsertedInput: return input
        case .filters: return filters
        case .rotatedFilters: return "rot180(\(filters))"
        case .bias: return bias
        case .output: return output
        case .gradOutput, .gradOutputFullGrid: return "dL/d\(output)"
        case .gradInput: return "dL/d\(input)"
        case .gradFilters: return "dL/d\(filters)"
        case .gradBias: return "dL/d\(bias)"
        case .localGradient: return "∂\(output)/∂\(input)"
        case .target: return "y"
        case .loss: return "L"
        case .probabilities: return "p"
        }
    }
}
