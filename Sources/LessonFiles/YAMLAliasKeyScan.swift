import CYaml
import LessonModel

/// Finds an alias (`*name`) used inside a mapping key, reading libyaml's events before anything is composed.
///
/// Yams checks every mapping for duplicate keys by hashing the composed key nodes, and hashing a key that holds
/// an alias of aliases (a "billion laughs" key) visits every node the aliases expand to: such a file would hang
/// `Yams.compose` before the node budget could refuse it. Lesson keys are plain words, so no valid lesson has an
/// alias in a key; the scan stops at the first one, in time linear in the file's length. (`CYaml` is the libyaml
/// that Yams builds on; no other YAML library is involved.)
enum YAMLAliasKeyScan {
    /// Where the first alias inside a mapping key starts (1-based), or nil when there is none or the text is not
    /// YAML (then composing reports the syntax error).
    static func firstAliasInKey(_ text: String) -> SourceLocation? {
        // Every alias starts with `*`: most lessons have none, and need no second parse.
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> SourceLocation? in
            guard let start = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, start, buffer.count)
            var walk = KeyWalk()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch walk.visit(event.type) {
                case .aliasInKey:
                    return SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                case .finished:
                    return nil
                case .continuing:
                    continue
                }
            }
        }
    }

    /// Tracks, event by event, whether the next node is a mapping key or lies inside one.
    private struct KeyWalk {
        /// What a visited event means for the scan.
        enum Outcome { case continuing, aliasInKey, finished }

        /// One open collection: whether it lies inside a key, and for a mapping whether its next node is a key.
        private struct Frame {
            let insideKey: Bool
            let isMapping: Bool
            var nextIsKey: Bool
        }

        private var frames: [Frame] = []

        mutating func visit(_ type: yaml_event_type_t) -> Outcome {
            switch type {
            case YAML_STREAM_END_EVENT:
                return .finished
            case YAML_ALIAS_EVENT:
                if nodeIsInsideKey() { return .aliasInKey }
                nodeEnded()
            case YAML_SCALAR_EVENT:
                nodeEnded()
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = type == YAML_MAPPING_START_EVENT
                frames.append(Frame(insideKey: nodeIsInsideKey(), isMapping: isMapping, nextIsKey: isMapping))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                _ = frames.popLast()
                nodeEnded()
            default:
                break
            }
            return .continuing
        }

        /// Whether a node starting now is a key or lies inside one.
        private func nodeIsInsideKey() -> Bool {
            guard let top = frames.last else { return false }
            return top.insideKey || (top.isMapping && top.nextIsKey)
        }

        /// A node ended: in a mapping, a key is followed by its value and a value by the next key.
        private mutating func nodeEnded() {
            guard let top = frames.indices.last, frames[top].isMapping else { return }
            frames[top].nextIsKey.toggle()
        }
    }
}
