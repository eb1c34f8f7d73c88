import CNNEngine

/// An architecture table to complete: an input shape and a stack of layers whose every window fits exactly, so
/// each shape is a whole number worked out with the output-size formula.
struct ShapesExercise {
    let inputShape: [Int]
    /// Each layer as a flow mapping for the `layers:` list.
    let layers: [String]

    /// A convolution followed by pooling, both fitting exactly.
    private struct Block {
        let conv: WindowChoice
        let poolSize: Int, poolStride: Int
        /// The side after the pooling.
        var output: Int { (conv.output - poolSize) / poolStride + 1 }
    }

    /// Draws one stack of `difficulty`: conv and pooling pairs (two of them unless easy), then dense layers.
    static func draw(_ difficulty: Difficulty, random: inout SeededRandom) -> ShapesExercise {
        let blockCount = difficulty == .easy ? 1 : 2
        let inputSize = random.pick(difficulty == .hard ? [32, 48, 64] : [28, 32])
        let channels = random.pick([1, 3])
        var size = inputSize
        var layers: [String] = []
        for number in 1...blockCount {
            let block = random.pick(
                blocks(after: size, difficulty: difficulty, first: number == 1).filter {
                    feasible(after: $0.output, blocks: blockCount - number, difficulty: difficulty)
                })
            let filters = random.pick([4, 6, 8, 16])
            layers.append(
                "{name: CONV\(number), type: conv, filters: \(filters), size: \(block.conv.kernel), stride: \(block.conv.stride), "
                    + "padding: \(paddingText(block.conv, words: difficulty != .hard))}")
            let pool = difficulty == .easy ? "maxpool" : random.pick(["maxpool", "avgpool"])
            layers.append("{name: POOL\(number), type: \(pool), size: \(block.poolSize), stride: \(block.poolStride)}")
            size = block.output
        }
        if difficulty != .easy { layers.append("{name: FLAT, type: flatten}") }
        layers.append("{name: FC\(blockCount + 1), type: fc, units: \(random.pick([32, 64, 84, 120]))}")
        layers.append("{name: OUT, type: softmax, units: \(random.pick([10, 26]))}")
        return ShapesExercise(inputShape: [inputSize, inputSize, channels], layers: layers)
    }

    /// Every conv + pool pair that fits a `size`×`size` activation exactly (odd kernels; a stride of 2 only in a
    /// hard stack's first conv; 3×3 pooling with stride 2 only when hard).
    private static func blocks(after size: Int, difficulty: Difficulty, first: Bool) -> [Block] {
        let pools = difficulty == .hard ? [(2, 2), (3, 2)] : [(2, 2)]
        return pools.flatMap { poolSize, poolStride in
            WindowChoice.fitting(
                inputs: size...size, kernels: 3...5, strides: difficulty == .hard && first ? 1...2 : 1...1, paddings: 0...2,
                outputs: poolSize...size,
                keep: { $0.kernel % 2 == 1 && 2 * $0.padding < $0.kernel && ($0.output - poolSize) % poolStride == 0 }
            ).map { Block(conv: $0, poolSize: poolSize, poolStride: poolStride) }
        }
    }

    /// Whether `blocks` more blocks can follow a `size`×`size` activation.
    private static func feasible(after size: Int, blocks count: Int, difficulty: Difficulty) -> Bool {
        count == 0
            || blocks(after: size, difficulty: difficulty, first: false).contains {
                feasible(after: $0.output, blocks: count - 1, difficulty: difficulty)
            }
    }

    /// `valid` or `same` where those words say it (stride 1), otherwise the number of cells.
    private static func paddingText(_ window: WindowChoice, words: Bool) -> String {
        guard words, window.stride == 1 else { return "\(window.padding)" }
        if window.padding == 0 { return "valid" }
        return 2 * window.padding == window.kernel - 1 ? "same" : "\(window.padding)"
    }
}
