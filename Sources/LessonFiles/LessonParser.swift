import CNNEngine
import LessonModel
import LessonText
import Yams

/// Reads lesson files: YAML in, a validated `Lesson` or every problem with its position out.
public enum LessonParser {
    /// Parses and validates a lesson; never traps, whatever the text.
    public static func parse(text: String, file: String) -> Result<Lesson, LessonErrors> {
        guard text.utf8.count <= LessonLimits.fileBytes else {
            return .failure(LessonErrors([LessonDiagnostic(
                file: file, location: .start, message: "the file is larger than the \(LessonLimits.fileBytes / (1024 * 1024)) MiB limit")]))
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text, .basic) else {
                return .failure(LessonErrors([LessonDiagnostic(
                    file: file, location: .start, message: "the file is empty",
                    hint: "a lesson needs at least `id`, `title`, `op` and `input`")]))
            }
            root = composed
        } catch {
            return .failure(LessonErrors([syntaxDiagnostic(error, file: file)]))
        }
        var reader = LessonReader(file: file, text: text)
        let lesson = reader.lesson(root)
        if let lesson, reader.diagnostics.isEmpty { return .success(lesson) }
        return .failure(LessonErrors(reader.diagnostics))
    }

    /// A YAML syntax error as a diagnostic at its position.
    static func syntaxDiagnostic(_ error: any Error, file: String) -> LessonDiagnostic {
        guard let yamlError = error as? YamlError else {
            return LessonDiagnostic(file: file, location: .start, message: "cannot read the file as YAML")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text): " } ?? ""
            return LessonDiagnostic(
                file: file, location: SourceLocation(line: mark.line, column: mark.column),
                message: "YAML syntax: \(detail)\(problem)",
                hint: "check indentation and that every `key:` is followed by a space; if a matrix's first row starts with more spaces than a later row, write `|2` after the key (the rows' indentation relative to the key)")
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
        guard let operationNode = fields["op"] else {
            error("missing `op`", at: root, hint: "one of: " + OperationKind.names.joined(separator: ", "))
            return nil
        }
        guard let operation = string(operationNode, named: "op"), let kind = OperationKind(rawValue: operation) else {
            error("unknown op", at: operationNode, hint: "one of: " + OperationKind.names.joined(separator: ", "))
            return nil
        }
        var names = TensorNames.standard
        if let node = fields["names"] { names = tensorNames(node) }
        var symbolic = false
        if let node = fields["symbolic"] { symbolic = boolean(node) ?? false }
        var notes: [String] = []
        if let node = fields["notes"] { notes = self.notes(node) }
        var draft = stageDraft(fields, kind: kind, operationNode: operationNode)
        if let node = fields["narration"] { draft.narration = narration(node) }
        let stages: [LessonStage]?
        if kind == .architecture {
            stages = architecture(fields, root: root).map { [.architecture($0)] }
            for key in ["input", "then", "grad_output", "expected"] where fields[key] != nil {
                error("`\(key)` does not apply to an architecture table", at: fields[key])
            }
        } else {
            stages = computationStages(fields, first: draft, root: root)
        }
        if kind == .learnFilter {
            for key in ["then", "grad_output"] where fields[key] != nil {
                error("`\(key)` does not apply to learn_filter: it runs its own forward and backward passes", at: fields[key])
            }
        }
        var narrationByStage = [draft.narration]
        if let thenNode = fields["then"], case .sequence(let items) = thenNode {
            for item in items {
                if let node = item.mapping?["narration"] { narrationByStage.append(narration(node)) } else { narrationByStage.append([:]) }
            }
        }
        var gradOutput: Tensor?
        var expected: [ExpectedValue] = []
        if let stages {
            gradOutput = self.gradOutput(fields, stages: stages) ?? nil
            expected = expectedValues(fields["expected"], stages: stages, hasBackward: gradOutput != nil)
        }
        guard let id, let title, let stages else { return nil }
        return Lesson(
            id: id, title: title, introduction: introduction, sourceName: file, stages: stages,
            gradOutput: gradOutput, names: names, symbolic: symbolic,
            narration: Self.flatten(narrationByStage), expected: expected, notes: notes)
    }

    /// Stage narration keyed `forward`, `grad_input`, … for stage 0 and `2.forward` … for later stages.
    static func flatten(_ narrations: [[String: String]]) -> [String: String] {
        var result: [String: String] = [:]
        for (stage, narration) in narrations.enumerated() {
            for (key, text) in narration { result[stage == 0 ? key : "\(stage + 1).\(key)"] = text }
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
            error("id `\(id)` must be lowercase letters, digits and dashes (at most \(LessonLimits.idLength))", at: node, hint: "e.g. `vertical-edges`")
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
