/// A "billion laughs" lesson: `depth` levels of anchors, each a list of `fanOut` aliases of the level below, and
/// the last level used as a tensor, so a file of a few hundred bytes stands for `fanOut^depth` numbers.
struct AliasExpansionFile {
    /// Where the anchors are written.
    enum Placement: CaseIterable {
        /// Each level under its own (unknown) top-level key.
        case topLevelKeys
        /// Each level an item of `notes:`.
        case notesList
        /// Each level a value in `names:`.
        case namesMapping
    }

    /// Levels of aliases above the first list of numbers.
    let depth: Int
    /// Items in every level's list.
    let fanOut: Int
    /// Where the levels are written.
    let placement: Placement
    /// The key that uses the last level, e.g. `input` or `grad_output`.
    let usedAs: String

    /// The keys the last level may be used as.
    static let uses = ["input", "filters", "grad_output", "expected"]

    /// Ways of using the last level inside a mapping key, where Yams' duplicate-key check would hash its whole
    /// expansion: explicit block keys, implicit keys, flow mappings, a one-pair mapping in a flow sequence, and
    /// the alias nested in a collection used as a key, at the top level and inside `narration:`.
    static let keyUses = [
        "? *L\n: 1", "*L : 1", "{*L : 1}: 2", "x: {*L : 1}", "x: [*L : 1]", "? [1, *L]\n: 1", "? {a: *L}\n: 1",
        "narration:\n  ? *L\n  : text",
    ]

    /// Numbers the last level stands for.
    var expandedNumbers: Double { (0...depth).reduce(1) { product, _ in product * Double(fanOut) } }

    /// The lesson's text with the last level used inside a key, as `keyUse` (one of `keyUses`, `L` standing for
    /// the last level's name) writes it.
    func text(usedInKey keyUse: String) -> String {
        let use = keyUse.replacingOccurrences(of: "L", with: "l\(depth)")
        return text.replacingOccurrences(of: "\n\(usedAs): ", with: "\n\(use)\n\(usedAs): ")
    }

    /// The lesson's text.
    var text: String {
        let ones = "[" + Array(repeating: "1", count: fanOut).joined(separator: ", ") + "]"
        let levels = (0...depth).map { level in
            level == 0 ? "&l0 \(ones)" : "&l\(level) [" + Array(repeating: "*l\(level - 1)", count: fanOut).joined(separator: ", ") + "]"
        }
        var lines = ["id: laughs", "title: Aliases of aliases", "op: conv2d"]
        switch placement {
        case .topLevelKeys: lines += levels.enumerated().map { "level\($0.offset): \($0.element)" }
        case .notesList: lines += ["notes:"] + levels.map { "  - \($0)" }
        case .namesMapping: lines += ["names:"] + levels.enumerated().map { "  level\($0.offset): \($0.element)" }
        }
        let last = "*l\(depth)"
        switch usedAs {
        case "expected": lines += ["input: \"1 2\"", "filters: \"1\"", "expected:", "  output: \(last)"]
        case "filters": lines += ["input: \"1 2\"", "filters: \(last)"]
        default: lines += ["\(usedAs): \(last)", "filters: \"1\""]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
