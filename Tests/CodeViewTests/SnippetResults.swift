import CNNEngine
import Foundation
import LessonCode
import LessonFiles
import LessonModel
import Testing

/// Reading the JSON line a snippet prints and comparing it with the engine.
enum SnippetResults {
    /// The last non-empty line of `output`, parsed as a JSON object.
    static func json(_ output: String) throws -> [String: Any] {
        let line = output.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) } ?? ""
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any], "the last line is not a JSON object: \(line)")
    }

    /// A nested JSON list as its shape and row-major values; nil when it is ragged or holds non-numbers.
    static func flatten(_ value: Any) -> (shape: [Int], values: [Double])? {
        if let number = value as? NSNumber { return ([], [number.doubleValue]) }
        guard let items = value as? [Any], !items.isEmpty else { return nil }
        let parts = items.map(flatten)
        guard let first = parts.first ?? nil, parts.allSatisfy({ $0?.shape == first.shape }) else { return nil }
        return ([items.count] + first.shape, parts.flatMap { $0?.values ?? [] })
    }

    /// Whether two numbers agree to 1e-9 relative (with a 1e-12 floor for values that should be 0).
    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 1e-12
    }

    /// Records an issue for every key, shape or value in `json` that differs from `lesson.results()`.
    static func expectMatches(_ json: [String: Any], _ lesson: Lesson, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let expected = lesson.results()
        #expect(Set(json.keys) == Set(expected.keys.map(\.rawValue)), "keys of \(lesson.id)", sourceLocation: sourceLocation)
        for (key, tensor) in expected.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let value = json[key.rawValue] else { continue }
            guard let (shape, values) = flatten(value) else {
                Issue.record("\(lesson.id) \(key.rawValue): not a regular nested list of numbers", sourceLocation: sourceLocation)
                continue
            }
            guard shape == tensor.shape else {
                Issue.record("\(lesson.id) \(key.rawValue): shape \(shape), engine \(tensor.shape)", sourceLocation: sourceLocation)
                continue
            }
            let mismatches = zip(values, tensor.scalars).enumerated().filter { !close($0.element.0, $0.element.1) }
            for (flat, (python, engine)) in mismatches.prefix(5) {
                Issue.record(
                    "\(lesson.id) \(key.rawValue)\(tensor.index(ofFlat: flat)): Python \(python), engine \(engine)",
                    sourceLocation: sourceLocation)
            }
            if mismatches.count > 5 {
                Issue.record("\(lesson.id) \(key.rawValue): \(mismatches.count) cells differ in all", sourceLocation: sourceLocation)
            }
        }
    }
}
