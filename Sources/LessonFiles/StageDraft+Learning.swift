import CNNEngine
import LessonModel
import Yams

extension LessonReader {
    /// `target_filter`, `seed`, `learning_rate` and `iterations`, where they apply (`learn_filter`).
    mutating func readLearningParameters(_ fields: [String: Node], applicable: [String], into draft: inout StageDraft) {
        if let node = fields["target_filter"], applicable.contains("target_filter") {
            draft.targetFilter = tensor(node, named: "target_filter", ranks: 2...4)?.padded(toRank: 4)
            draft.targetFilterNode = node
        }
        if let node = fields["seed"], applicable.contains("seed") {
            draft.seed = integer(node, named: "seed", range: 0...Int.max)
            draft.seedNode = node
        }
        if let node = fields["learning_rate"], applicable.contains("learning_rate") {
            draft.learningRateNode = node
            if let scalar = node.scalar, let rate = number(scalar.string, at: Self.location(of: node), named: "learning_rate") {
                if rate > 0 {
                    draft.learningRate = rate
                } else {
                    error("learning_rate is \(scalar.string) but must be greater than 0", at: node, hint: "e.g. `learning_rate: 0.1`")
                }
            } else if node.scalar == nil {
                error("learning_rate must be a number", at: node, hint: "e.g. `learning_rate: 0.1`")
            }
        }
        if let node = fields["iterations"], applicable.contains("iterations") {
            draft.iterations = integer(node, named: "iterations", range: 1...LessonLimits.iterations)
            draft.iterationsNode = node
        }
    }
}
