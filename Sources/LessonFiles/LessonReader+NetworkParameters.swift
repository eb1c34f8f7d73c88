import CNNEngine
import Learning
import LessonModel
import Yams

extension LessonReader {
    /// The layer of a saved network a stage takes its parameters from.
    enum NetworkLayer {
        /// The convolution: `filters: {network: PATH}` gives its filters and their biases.
        case convolution
        /// The dense layer: `weight: {network: PATH}` gives its weight and biases.
        case dense
    }

    /// Whether `node` is written as `{network: PATH}` (parameters from a weights file) rather than as numbers.
    static func namesNetworkFile(_ node: Node) -> Bool {
        if case .mapping = node { return true }
        return false
    }

    /// The weights and biases of `layer` in the network saved at `{network: PATH}`, with every value placed at
    /// `node`; nil with an error at the path when the file cannot be used.
    mutating func networkParameters(_ node: Node, layer: NetworkLayer, named name: String) -> (weights: ParsedTensor, bias: ParsedTensor)? {
        guard let fields = mapping(node, named: "`\(name)` from a network", allowed: ["network"]) else { return nil }
        guard let pathNode = fields["network"] else {
            // Unknown keys are reported already; an empty mapping is not.
            if case .mapping(let written) = node, written.count == 0 {
                error(
                    "`\(name): {}` names no weights file", at: node,
                    hint: "write `{network: PATH}`, a file written by `cnn-tutor train --save PATH`")
            }
            return nil
        }
        guard let path = string(pathNode, named: "network") else { return nil }
        let network: TinyNetwork
        do { network = try networks.read(path) } catch {
            self.error(
                "cannot use the weights file: \(error)", at: pathNode,
                hint: "a file written by `cnn-tutor train --save PATH` (docs/WEIGHTS.md)")
            return nil
        }
        let parameters = network.parameters
        let (weights, bias) =
            switch layer {
            case .convolution: (parameters.convolutionWeight, parameters.convolutionBias)
            case .dense: (parameters.denseWeight, parameters.denseBias)
            }
        let location = Self.location(of: pathNode)
        func parsed(_ tensor: Tensor) -> ParsedTensor {
            ParsedTensor(shape: tensor.shape, values: tensor.scalars, locations: Array(repeating: location, count: tensor.count))
        }
        return (parsed(weights), parsed(bias))
    }
}
