import LessonFiles
import LessonModel
import Testing

/// Thousands of damaged lesson files: the parser never traps or hangs, and every rejection is a
/// `file:line:column: error:` diagnostic pointing inside the file.
@Suite struct LessonFuzzTests {
    static let rounds = 300

    @Test(arguments: BuiltinLessons.entries.map(\.fileName))
    func damagedVariantsAreRejectedWithPositionsOrAccepted(fileName: String) throws {
        let entry = try #require(BuiltinLessons.entries.first { $0.fileName == fileName })
        var mutator = LessonMutator(seed: UInt64(fileName.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        for round in 0..<Self.rounds {
            var text = entry.text
            for _ in 0...mutator.next(4) { text = mutator.mutate(text) }
            check(text, label: "\(fileName) round \(round)")
        }
    }

    @Test func garbageAndExtremesAreRejectedCleanly() {
        let inputs = [
            "", " ", "\n\n", "---", "...", "[", "{", "- - -", "id: x", String(repeating: "[", count: 5000),
            String(repeating: "a", count: 100_000), "id: x\ntitle: t\nop: conv2d\ninput: |\n  " + String(repeating: "1 ", count: 5000),
            "\u{FEFF}id: x", "id: &a [*a]", "op: conv2d\ninput: [[1e400]]", String(repeating: "- ", count: 2000) + "1",
        ]
        for (number, text) in inputs.enumerated() { check(text, label: "input \(number)") }
    }

    /// Aliases of aliases of several depths and fan-outs, anchored in several places and used as several tensors:
    /// each file that stands for far more values than its size allows is refused at a top-level key, and none
    /// is ever expanded (the budget walk stops at the limit, so the family runs in well under a second).
    @Test func aliasesOfAliasesAreRefusedBeforeTheyExpand() {
        var random = LessonMutator(seed: 0xB111_0A5E)
        var refusals = 0
        for round in 0..<40 {
            let file = AliasExpansionFile(
                depth: 2 + random.next(7), fanOut: 2 + random.next(9),
                placement: AliasExpansionFile.Placement.allCases[random.next(AliasExpansionFile.Placement.allCases.count)],
                usedAs: AliasExpansionFile.uses[random.next(AliasExpansionFile.uses.count)])
            let text = file.text, label = "round \(round): depth \(file.depth), fan-out \(file.fanOut), \(file.placement)"
            let limit = Double(LessonLimits.yamlNodes(fileBytes: text.utf8.count))
            let refused = LessonParser.parse(text: text, file: "fuzz.yaml").failure?.diagnostics.contains {
                $0.message.contains("YAML values, counting an alias")
            }
            if refused == true { refusals += 1 }
            if file.expandedNumbers > 2 * limit { #expect(refused == true, "\(label)") }
            if file.expandedNumbers * 4 < limit { #expect(refused != true, "\(label)") }
            check(text, label: label)
        }
        // The seeded family holds both kinds: files far past the limit and files well within it.
        #expect((10...30).contains(refusals))
    }

    /// The same family with the last level used inside a mapping key (which Yams would hash, expanding it):
    /// refused at the alias, with its position, before anything is composed.
    @Test func aliasesOfAliasesInKeysAreRefusedAtTheAlias() throws {
        var random = LessonMutator(seed: 0x0A11_A5E5)
        for round in 0..<24 {
            let file = AliasExpansionFile(
                depth: 2 + random.next(7), fanOut: 2 + random.next(9),
                placement: AliasExpansionFile.Placement.allCases[random.next(AliasExpansionFile.Placement.allCases.count)],
                usedAs: "input")
            let keyUse = AliasExpansionFile.keyUses[round % AliasExpansionFile.keyUses.count]
            let text = file.text(usedInKey: keyUse)
            let label = "round \(round): \(keyUse.debugDescription), depth \(file.depth), fan-out \(file.fanOut)"
            let diagnostics = LessonParser.parse(text: text, file: "fuzz.yaml").failure?.diagnostics ?? []
            let refusal = try #require(diagnostics.first, "\(label): accepted")
            #expect(refusal.message == "an alias (`*name`) cannot be used in a key", "\(label)")
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)[refusal.location.line - 1]
            let aliasStart = line.utf8.index(line.utf8.startIndex, offsetBy: refusal.location.column - 1)
            #expect(line[aliasStart...].hasPrefix("*l\(file.depth)"), "\(label): points at \(line)")
            check(text, label: label)
        }
    }

    private func check(_ text: String, label: String) {
        switch LessonParser.parse(text: text, file: "fuzz.yaml") {
        case .success(let lesson):
            // Whatever parses must also compute: every phase's first and last step, and the answer key.
            for phase in lesson.phases {
                _ = phase.operation?.step(at: 0)
                _ = phase.operation?.step(at: max(0, phase.stepCount - 1))
            }
            _ = AnswerKey.verify(lesson)
        case .failure(let errors):
            #expect(!errors.errors.isEmpty, "\(label): rejected without an error")
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in errors.diagnostics {
                let position = "fuzz.yaml:\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.severity.rawValue): "
                #expect(diagnostic.description.hasPrefix(position), "\(label)")
                #expect(diagnostic.location.line <= lineCount + 1, "\(label): line \(diagnostic.location.line) past the end")
            }
        }
    }
}

extension Result {
    /// The error, if this is a failure.
    var failure: Failure? {
        guard case .failure(let error) = self else { return nil }
        return error
    }
}
