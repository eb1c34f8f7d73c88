import LessonModel
import Yams

/// Counts the nodes of a composed YAML tree as the reader would visit them, and stops once a budget is spent.
///
/// Yams composes an alias (`*name`) as a shared reference to its anchored node, so a small file of aliases of
/// aliases (a "billion laughs" file) composes quickly into a tree with billions of nodes, which reading would
/// visit one by one. Walking with a budget stops after at most `limit + 1` nodes, whatever the aliases would
/// expand to.
struct YAMLNodeBudget {
    /// The most nodes admitted.
    let limit: Int
    /// Nodes visited so far (at most `limit + 1`).
    private(set) var visited = 0

    /// Whether `node` and everything under it fit in what is left of the budget; counts them as it goes.
    mutating func admits(_ node: Node) -> Bool {
        var pending = [node]
        while let next = pending.popLast() {
            visited += 1
            guard visited <= limit else { return false }
            switch next {
            case .scalar, .alias:
                continue
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            }
        }
        return true
    }
}

extension LessonParser {
    /// A diagnostic when the lesson's YAML, with every alias expanded, holds more nodes (under its top-level
    /// mapping) than `LessonLimits.yamlNodes` allows for its size: at the top-level entry whose value crosses the
    /// limit. Nil when it fits.
    static func expansionDiagnostic(_ root: Node, fileBytes: Int, file: String) -> LessonDiagnostic? {
        var budget = YAMLNodeBudget(limit: LessonLimits.yamlNodes(fileBytes: fileBytes))
        guard case .mapping(let mapping) = root else {
            return budget.admits(root) ? nil : expansionDiagnostic(at: root, named: "the file", limit: budget.limit, file: file)
        }
        for (key, value) in mapping where !(budget.admits(key) && budget.admits(value)) {
            let name = key.scalar.map { "`\($0.string)`" } ?? "a key"
            return expansionDiagnostic(at: value, named: name, limit: budget.limit, file: file)
        }
        return nil
    }

    private static func expansionDiagnostic(at node: Node, named name: String, limit: Int, file: String) -> LessonDiagnostic {
        LessonDiagnostic(
            file: file, location: LessonReader.location(of: node),
            message: "\(name) takes the lesson past \(limit) YAML values, counting an alias (`*name`) every time it is used",
            hint: "a lesson may hold \(LessonLimits.yamlNodesPerByte) values per byte of its file plus \(LessonLimits.yamlNodesExtra); "
                + "write the values out instead of nesting aliases of aliases")
    }
}
