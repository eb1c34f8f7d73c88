import LessonModel
import LessonTestSupport
import Testing
import Yams

@testable import LessonFiles

/// A small file of aliases of aliases ("billion laughs") is refused by counting, never by expanding it.
@Suite("Parser limits: YAML aliases")
struct AliasExpansionTests {
    /// Eight levels of ten aliases each, the last used as the input: 10⁹ numbers in under 400 bytes.
    static let billionLaughs: String = {
        var lines = ["id: laughs", "title: T", "op: relu", "notes:", "  - &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for level in 1...8 {
            lines.append("  - &\(names[level]) [" + Array(repeating: "*\(names[level - 1])", count: 10).joined(separator: ", ") + "]")
        }
        return (lines + ["input: *i"]).joined(separator: "\n") + "\n"
    }()

    @Test("the walk stops one node past its budget, however far the aliases would expand")
    func walkStopsAtTheBudget() throws {
        let root = try #require(try Yams.compose(yaml: Self.billionLaughs, .basic))
        var budget = YAMLNodeBudget(limit: 1_000)
        let admitted = budget.admits(root)
        #expect(!admitted)
        #expect(budget.visited == 1_001)
    }

    @Test("the walk counts every use of an alias: [*a, *a] with a = [1, 1] is 1 + 2 × 3 = 7 nodes")
    func aliasesCountEachTimeTheyAreUsed() throws {
        let root = try #require(try Yams.compose(yaml: "a: &a [1, 1]\nb: [*a, *a]\n", .basic))
        var budget = YAMLNodeBudget(limit: 100)
        let admitted = budget.admits(root)
        #expect(admitted)
        // The mapping, key a, [1, 1] and its two items, key b, and the 7 nodes of [*a, *a].
        #expect(budget.visited == 1 + 1 + 3 + 1 + 7)
    }

    @Test("a billion-laughs lesson is refused at the top-level key that crosses the limit")
    func billionLaughsIsRefused() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(Self.billionLaughs)
        let limit = LessonLimits.yamlNodes(fileBytes: Self.billionLaughs.utf8.count)
        // `notes` (line 4) is the first key whose value passes the limit; its list starts on line 5, column 3.
        #expect(diagnostic.location == position(5, 3))
        #expect(
            diagnostic.message == "`notes` takes the lesson past \(limit) YAML values, counting an alias (`*name`) every time it is used")
        #expect(
            diagnostic.hint?.contains("\(LessonLimits.yamlNodesPerByte) values per byte of its file plus \(LessonLimits.yamlNodesExtra)")
                == true)
    }

    /// Regression: a billion-laughs alias used as a key hung `check` (Yams hashes every key to find duplicates,
    /// and hashing the key expanded it) before the node budget was ever consulted.
    @Test("a billion-laughs alias used as a key is refused at the alias, before composing")
    func billionLaughsAsAKeyIsRefusedAtTheAlias() throws {
        let text = Self.billionLaughs.replacingOccurrences(of: "input: *i", with: "? *i\n: 1\ninput: \"1\"")
        let diagnostic = try LessonTestSupport.onlyDiagnostic(text)
        #expect(diagnostic.location == position(14, 3))
        #expect(diagnostic.message == "an alias (`*name`) cannot be used in a key")
    }

    @Test(
        "the key scan finds aliases in keys only, at their position",
        arguments: [
            ("a: &x 1\n? *x\n: 2\n", position(2, 3)), ("a: &x 1\nb: {c: 1, *x : 2}\n", position(2, 11)),
            ("a: &x 1\nb:\n  - [1, *x : 2]\n", position(3, 9)), ("a: &x 1\n? [1, {k: *x}]\n: 2\n", position(2, 11)),
            ("a: &x 1\nb: *x\nc: [*x, {d: *x}]\n", nil), ("a: [1\n", nil),
        ])
    func keyScanFindsAliasesInKeys(text: String, expected: LessonModel.SourceLocation?) {
        #expect(YAMLAliasKeyScan.firstAliasInKey(text) == expected)
    }

    @Test("an alias that repeats a matrix a few times is fine")
    func modestAliasesAreRead() throws {
        let lesson = try LessonTestSupport.lesson(
            """
            id: x
            title: T
            op: conv2d
            input: &square |
              1 2
              3 4
            filters: *square
            """)
        // 1×1 + 2×2 + 3×3 + 4×4 = 30
        #expect(lesson.stages.first?.forward?.result().scalars == [30])
    }
}
