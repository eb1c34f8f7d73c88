import CNNEngine
import LessonModel

/// The Python variables of one stage: its number (from 1), its input and output, and their gradients.
struct StageVariables {
    /// The stage's number, from 1: `w2`, `b2` belong to stage 2.
    let number: Int
    /// The variable holding the stage's input.
    let input: String
    /// The variable holding the stage's output.
    let output: String

    /// The variable holding dL/d(input).
    var gradInput: String { "d" + input }
    /// The variable holding dL/d(output).
    var gradOutput: String { "d" + output }
}

/// How one kind of operation is written in the code view: its NumPy and PyTorch statements, forward and
/// backward. Each operation conforms in its own file under `Operations/`.
protocol OperationCode {
    /// The prefix of the variable holding its output (`z` in `z2`); nil when the stage's output is its input.
    var outputPrefix: String? { get }
    /// Comment lines describing stage `number`: its operation and geometry.
    func comment(stage number: Int) -> String
    /// The NumPy function definitions it calls, forward (and backward when asked).
    func numpyFunctions(backward: Bool) -> [String]
    /// NumPy statements computing the stage's output.
    func numpyForward(_ variables: StageVariables) -> [String]
    /// NumPy statements computing dL/d(input) (and its parameters' gradients) from dL/d(output).
    func numpyBackward(_ variables: StageVariables) -> [String]
    /// PyTorch statements computing the stage's output (autograd does the backward pass).
    func pytorchForward(_ variables: StageVariables, _ writer: PyTorchWriter) -> [String]
    /// Statements adding what the stage computes besides its output to `results` (a loop's losses).
    func resultLines(_ variables: StageVariables) -> [String]
}

extension OperationCode {
    /// Nothing besides the output.
    func resultLines(_ variables: StageVariables) -> [String] { [] }
}

extension LessonStage {
    /// How the stage's operation is written in code: the one switch over operations in this layer.
    var code: any OperationCode {
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

/// Writes PyTorch tensors the way the program needs them: with `requires_grad` when it has a backward pass.
struct PyTorchWriter {
    /// Whether the program runs a backward pass.
    let backward: Bool

    /// `name = torch.tensor([...], dtype=torch.float64)`, with `requires_grad=True` for a backward pass.
    func tensor(_ name: String, _ tensor: Tensor, gradient: Bool) -> String {
        let prefix = "\(name) = torch.tensor("
        let grad = gradient && backward ? ", requires_grad=True" : ""
        return prefix + PythonLiteral.nestedList(tensor, column: prefix.count) + ", dtype=torch.float64\(grad))"
    }

    /// `, requires_grad=True` when the program runs a backward pass.
    var requiresGrad: String { backward ? ", requires_grad=True" : "" }

    /// The input with a batch dimension; asymmetric padding is added first with `F.pad` (left, right, top, bottom).
    static func batched(_ input: String, _ padding: Padding, fill: String?) -> String {
        guard !CodeSnippetPlan.isSymmetric(padding) else { return "\(input).unsqueeze(0)" }
        let sides = PythonLiteral.tuple([padding.left, padding.right, padding.top, padding.bottom])
        let value = fill.map { ", value=\($0)" } ?? ""
        return "F.pad(\(input), \(sides)\(value)).unsqueeze(0)"
    }

    /// `, padding=(rows, columns)` when the padding is symmetric (and not zero); asymmetric padding uses `F.pad`.
    static func paddingArgument(_ padding: Padding) -> String {
        guard CodeSnippetPlan.isSymmetric(padding), padding != .zero else { return "" }
        return ", padding=\(PythonLiteral.tuple([padding.top, padding.left]))"
    }
}
