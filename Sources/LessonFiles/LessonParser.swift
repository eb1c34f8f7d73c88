import CNNEngine
import LessonModel
import LessonText
import Yams

/// Reads lesson files: YAML in, a validated `Lesson` or every problem with its position out.
public enum LessonParser {
    /// Parses and validates a lesson; never traps, whatever the text. `image:` paths are read from `images`,
    /// by default files beside `file`.
    public static func parse(
        text: String, file: String, images: LessonImageSource? = nil, networks: LessonNetworkSource? = nil
    ) -> Result<Lesson, LessonErrors> {
        read(text: text, file: file, images: images, networks: networks).map(\.lesson)
    }

    /// Parses and validates a lesson, keeping the warnings about it; fails when there is at least one error
    /// (the failure lists the warnings too). `image:` paths are read from `images`, by default files beside `file`.
    public static func read(
        text: String, file: String, images: LessonImageSource? = nil, networks: LessonNetworkSource? = nil
    ) -> Result<ParsedLesson, LessonErrors> {
        guard text.utf8.count <= LessonLimits.fileBytes else {
            return .failure(
                LessonErrors([
                    LessonDiagnostic(
                        file: file, location: .start,
                        message: "the file is larger than the \(LessonLimits.fileBytes / (1024 * 1024)) MiB limit")
                ]))
        }
        if let alias = YAMLAliasKeyScan.firstAliasInKey(text) {
            return .failure(
                LessonErrors([
                    LessonDiagnostic(
                        file: file, location: alias, message: "an alias (`*name`) cannot be used in a key",
                        hint: "lesson keys are plain words such as `input:`; write the key out")
                ]))
        }
        let root: Node
        do {
            // The encoding is given: its default reads the process environment (a whole dictionary) on every parse.
            // The constructor has no maps: lessons read nodes, never `Any` values, and building the default maps
            // costs a tenth of a millisecond on the way to the first frame.
            guard let composed = try Yams.compose(yaml: text, .basic, Constructor([:], [:], [:]), .utf8) else {
                return .failure(
                    LessonErrors([
                        LessonDiagnostic(
                            file: file, location: .start, message: "the file is empty",
                            hint: "a lesson needs at least `id`, `title`, `op` and `input`")
                    ]))
            }
            root = composed
        } catch {
            return .failure(LessonErrors([syntaxDiagnostic(error, file: file)]))
        }
        if let tooLarge = expansionDiagnostic(root, fileBytes: text.utf8.count, file: file) { return .failure(LessonErrors([tooLarge])) }
        var reader = LessonReader(file: file, text: text, images: images, networks: networks)
        let lesson = reader.lesson(root)
        if let lesson, !reader.diagnostics.contains(where: { $0.severity == .error }) {
            return .success(ParsedLesson(lesson: lesson, warnings: reader.diagnostics))
        }
        return .failure(LessonErrors(reader.diagnostics))
    }

    /// A YAML syntax error as a diagnostic at its position.
    static func syntaxDiagnostic(_ error: any Error, file: String) -> LessonDiagnostic {
        guard let yamlError = error as? YamlError else {
            return LessonDiagnostic(file: file, location: .start, message: "cannot read the file as YAML")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, let text), .parser(let context, let problem, let mark, let text),
            .composer(let context, let problem, let mark, let text):
            let detail = context.map { "\($0.text): " } ?? ""
            let location = SourceLocation(line: mark.line, column: mark.column)
            if let tab = tabIndentation(atOrBefore: location.line, in: text) {
                return LessonDiagnostic(
                    file: file, location: tab.line == location.line ? tab : location, message: "YAML syntax: \(detail)\(problem)",
                    hint: "line \(tab.line) is indented with a tab: replace tabs with spaces (YAML indents with spaces only)")
            }
            return LessonDiagnostic(
                file: file, location: location,
                message: "YAML syntax: \(detail)\(problem)",
                hint:
                    "check indentation and that every `key:` is followed by a space; if a matrix's first row starts with more spaces than a later row, write `|2` after the key (the rows' indentation relative to the key)"
            )
        case .reader(let problem, _, _, _):
            return LessonDiagnostic(file: file, location: .start, message: "cannot read the file: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams rejects repeated keys before the reader sees them, marking only the first occurrence.
            let key = duplicates.first ?? ""
            let first = SourceLocation(line: context.mark.line, column: context.mark.column)
            return LessonDiagnostic(
                file: file, location: repeatedKey(key, after: first, in: context.text) ?? first,
                message: "`\(key)` appears twice in \(first.column == 1 ? "the lesson" : "the same mapping")",
                hint: "keep one of them")
        default:
            return LessonDiagnostic(file: file, location: .start, message: "YAML: \(yamlError)")
        }
    }

    /// The first tab in the indentation of line `line` or, failing that, of the line above it: YAML indents with
    /// spaces only, and a tab there is the usual cause of a syntax error on that line or the next.
    static func tabIndentation(atOrBefore line: Int, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(max(0, line))
        for (index, source) in lines.enumerated().suffix(2).reversed() {
            let indentation = source.prefix { $0 == " " || $0 == "\t" }
            if let tab = indentation.firstIndex(of: "\t") {
                return SourceLocation(line: index + 1, column: source.distance(from: source.startIndex, to: tab) + 1)
            }
        }
        return nil
    }

    /// Where `key:` is written again in the mapping whose first `key` is at `first`: later on the same line
    /// (a flow mapping), or on a later line at the same indentation before the mapping ends.
    static func repeatedKey(_ key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let name = Array(key.unicodeScalars), indent = first.column - 1
        guard first.line <= lines.count, !name.isEmpty else { return nil }
        func isKey(_ line: [Unicode.Scalar], at start: Int) -> Bool {
            guard start >= 0, start + name.count <= line.count, Array(line[start..<(start + name.count)]) == name else { return false }
            let rest = line[(start + name.count)...].drop { $0 == " " }
            return rest.first == ":"
        }
        let line = lines[first.line - 1]
        if line.prefix(indent).last(where: { $0 != " " }).map({ $0 == "{" || $0 == "," }) ?? false {
            for start in (indent + name.count)..<max(indent + name.count, line.count)
            where isKey(line, at: start) && [" ", ",", "{"].contains(line[start - 1]) {
                return SourceLocation(line: first.line, column: start + 1)
            }
        }
        for number in first.line..<lines.count {
            guard let start = lines[number].firstIndex(where: { $0 != " " }), lines[number][start] != "#" else { continue }
            if start < indent { return nil }
            if start == indent && isKey(lines[number], at: start) { return SourceLocation(line: number + 1, column: start + 1) }
        }
        return nil
    }
}

extension LessonReader {
    /// Reads and validates a whole lesson; nil when a required part is unusable.
    mutating func lesson(_ root: Node) -> Lesson? {
        guard let fields = mapping(root, named: "the lesson", allowed: LessonFormat.topLevelKeys) else { return nil }
        let id = requiredString(fields, "id", root: root).flatMap { validatedID($0, node: fields["id"]) }
        let title = requiredString(fields, "title", root: root)
        let introduction = fields["introduction"].flatMap { prose($0, named: "introduction") } ?? ""
        var kind: OperationKind?
        if let operationNode = fields["op"] {
            kind = operationKind(operationNode, among: OperationKind.allCases)
        } else {
            error("missing `op`", at: root, hint: "one of: " + OperationKind.names.joined(separator: ", "))
        }
        var names = TensorNames.standard
        if let node = fields["names"] { names = tensorNames(node) }
        var symbolic = false
        if let node = fields["symbolic"] { symbolic = boolean(node) ?? false }
        var notes: [String] = []
        if let node = fields["notes"] { notes = self.notes(node) }
        // Without a known op, the rest is still read: its numbers, and the shapes that do not depend on the op.
        let draft = kind.map { stageDraft(fields, kind: $0, operationNode: fields["op"]) }
        let stages: [LessonStage]?
        var gradOutput: Tensor?
        var expected: [ExpectedValue] = []
        if kind == .architecture {
            stages = architecture(fields, root: root).map { [.architecture($0)] }
            for key in ["input", "then", "grad_output", "expected"] where fields[key] != nil {
                error("`\(key)` does not apply to an architecture table", at: fields[key])
            }
        } else {
            let chain = computationStages(fields, first: draft, root: root)
            gradOutput = self.gradOutput(fields["grad_output"], chain: chain, isImage: kind == .image)
            let hasBackward = chain.endsInLoss || (fields["grad_output"] != nil && kind != .image)
            expected = expectedValues(fields["expected"], results: chain.results(hasBackward: hasBackward))
            stages = chain.stages
        }
        if kind == .learnFilter {
            for key in ["then", "grad_output"] where fields[key] != nil {
                error("`\(key)` does not apply to learn_filter: it runs its own forward and backward passes", at: fields[key])
            }
        }
        var narrationByStage = [draft?.narration ?? [:]]
        if let thenNode = fields["then"], case .sequence(let items) = thenNode {
            for item in items {
                if let node = item.mapping?["narration"] { narrationByStage.append(narration(node)) } else { narrationByStage.append([:]) }
            }
        }
        guard let id, let title, let stages else { return nil }
        let lesson = Lesson(
            id: id, title: title, introduction: introduction, sourceName: file, stages: stages,
            gradOutput: gradOutput, names: names, symbolic: symbolic,
            narration: Self.flatten(narrationByStage), expected: expected, notes: notes, image: image)
        let thenItems = fields["then"]?.sequence.map(Array.init) ?? []
        warnAboutUnusedNarration(lesson, narrationNodes: [fields["narration"]] + thenItems.map { $0.mapping?["narration"] })
        return lesson
    }

    /// Stage narration keyed `forward`, `grad_input`, … for stage 0 and `2.forward` … for later stages.
    static func flatten(_ narrations: [[String: String]]) -> [String: String] {
        var result: [String: String] = [:]
        for (stage, narration) in narrations.enumerated() {
            for (key, text) in narration {
                // A step's narration keeps its `@2-4` suffix after the phase's key.
                let parts = key.split(separator: Lesson.stepNarrationSeparator, maxSplits: 1)
                let name = String(parts[0])
                guard Phase.narrationNames.contains(name) else { continue }
                let suffix = parts.count == 2 ? "\(Lesson.stepNarrationSeparator)\(parts[1])" : ""
                result[Phase.narrationKey(stageIndex: stage, name: name) + suffix] = text
            }
        }
        return result
    }

    private mutating func requiredString(_ fields: [String: Node], _ key: String, root: Node) -> String? {
        guard let node = fields[key] else {
            error("missing `\(key)`", at: root, hint: "every lesson needs `id`, `title` and `op`")
            return nil
        }
        guard let text = string(node, named: key), !text.isEmpty else {
            error("`\(key)` is empty", at: node)
            return nil
        }
        return text
    }

    private mutating func validatedID(_ id: String, node: Node?) -> String? {
        let allowed = id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
        guard allowed, id.count <= LessonLimits.idLength, id.first != "-" else {
            error(
                "id `\(id)` must be lowercase letters, digits and dashes (at most \(LessonLimits.idLength))", at: node,
                hint: "e.g. `vertical-edges`")
            return nil
        }
        return id
    }

    mutating func boolean(_ node: Node) -> Bool? {
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("must be true or false", at: node)
            return nil
        }
    }

    private mutating func tensorNames(_ node: Node) -> TensorNames {
        guard let fields = mapping(node, named: "names", allowed: LessonFormat.nameKeys) else { return .standard }
        func name(_ key: String, _ fallback: String) -> String {
            fields[key].flatMap { string($0, named: "names.\(key)") } ?? fallback
        }
        let standard = TensorNames.standard
        return TensorNames(
            input: name("input", standard.input), filters: name("filters", standard.filters),
            bias: name("bias", standard.bias), output: name("output", standard.output))
    }

    private mutating func notes(_ node: Node) -> [String] {
        if case .scalar = node { return prose(node, named: "notes").map { [$0] } ?? [] }
        return (sequence(node, named: "notes") ?? []).compactMap { prose($0, named: "notes") }
    }
}
