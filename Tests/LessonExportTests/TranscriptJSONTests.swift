import Foundation
import LessonExport
import LessonFiles
import LessonModel
import LessonTestSupport
import LessonText
import Testing

/// The JSON export read back with JSONSerialization: its keys, its steps, and results equal to the engine's.
@Suite("JSON transcripts")
struct TranscriptJSONTests {
    /// The export of a built-in lesson, parsed.
    private func export(_ id: String) throws -> (lesson: Lesson, root: [String: Any]) {
        let lesson = try LessonTestSupport.builtin(id)
        let json = Transcript(lesson: lesson).render(.json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (lesson, root)
    }

    /// A JSON number as a Double.
    private static func number(_ value: Any?) -> Double? {
        if let value = value as? Double { return value }
        if let value = value as? Int { return Double(value) }
        return (value as? NSNumber)?.doubleValue
    }

    /// Nested JSON arrays flattened in order, with the shape of the nesting.
    private static func tensor(_ value: Any?) -> (shape: [Int], values: [Double])? {
        if let number = number(value), !(value is [Any]) { return ([], [number]) }
        guard let items = value as? [Any] else { return nil }
        let parts = items.compactMap { tensor($0) }
        guard parts.count == items.count, let first = parts.first, parts.allSatisfy({ $0.shape == first.shape }) else {
            return items.isEmpty ? ([0], []) : nil
        }
        return ([items.count] + first.shape, parts.flatMap(\.values))
    }

    @Test("the top level has id, title, kind, phases, steps and results", arguments: BuiltinLessons.ids)
    func topLevelKeys(_ id: String) throws {
        let (lesson, root) = try export(id)
        #expect(Set(root.keys) == ["id", "title", "kind", "phases", "steps", "results"])
        #expect(root["id"] as? String == lesson.id)
        #expect(root["title"] as? String == lesson.title)
        #expect(root["kind"] as? String == lesson.kind)
    }

    @Test("there is one step per cell of every traced phase, each with target, terms, bias and value", arguments: BuiltinLessons.ids)
    func stepsMatchPhases(_ id: String) throws {
        let (lesson, root) = try export(id)
        let steps = try #require(root["steps"] as? [[String: Any]])
        // Architecture tables have rows but no traced steps.
        let traced = lesson.phases.filter { $0.operation != nil }
        #expect(steps.count == traced.reduce(0) { $0 + $1.stepCount })
        let phases = try #require(root["phases"] as? [[String: Any]])
        #expect(phases.count == lesson.phases.count)
        // Each phase's `steps` counts its entries in `steps`; a table phase lists its layers under `rows` instead.
        #expect(phases.compactMap { Self.number($0["steps"]) } == lesson.phases.map { Double($0.operation == nil ? 0 : $0.stepCount) })
        let rows = phases.map { ($0["rows"] as? [Any])?.count ?? -1 }
        #expect(
            rows
                == lesson.phases.map { phase in
                    if case .table(let table) = phase.content { return table.count }
                    return 0
                })
        for step in steps {
            #expect(step["target"] is [String: Any])
            #expect(step["terms"] is [Any])
            #expect(step.keys.contains("bias"))
            #expect(Self.number(step["value"]) != nil)
        }
    }

    @Test("a sum step's value is the sum of its terms' products plus its bias", arguments: BuiltinLessons.ids)
    func sumStepsAddUp(_ id: String) throws {
        let (_, root) = try export(id)
        let steps = try #require(root["steps"] as? [[String: Any]])
        for step in steps where step["rule"] as? String == "sum" {
            let terms = try #require(step["terms"] as? [[String: Any]])
            let products = terms.compactMap { Self.number($0["product"]) }
            #expect(products.count == terms.count)
            let bias = (step["bias"] as? [String: Any]).flatMap { Self.number($0["value"]) } ?? 0
            let value = try #require(Self.number(step["value"]))
            #expect(abs(products.reduce(0, +) + bias - value) <= 1e-9 * max(1, abs(value)), "\(id): \(step["target"] ?? "")")
        }
    }

    @Test(
        "results equal the engine's results",
        arguments: [
            "vertical-edges", "multichannel-one-filter", "one-conv-layer", "average-pooling", "conv-relu-pool",
            "backward-stride-two",
        ])
    func resultsMatchTheEngine(_ id: String) throws {
        let (lesson, root) = try export(id)
        let results = try #require(root["results"] as? [String: Any])
        let engine = lesson.results()
        #expect(Set(results.keys) == Set(engine.keys.map(\.rawValue)))
        for (key, tensor) in engine {
            let json = try #require(Self.tensor(results[key.rawValue]), "results.\(key.rawValue)")
            #expect(json.shape == tensor.shape, "\(key.rawValue)")
            #expect(json.values == tensor.scalars, "\(key.rawValue)")
        }
    }

    @Test("backward-stride-two exports all four results, computed by hand")
    func backwardStrideTwoResults() throws {
        let (_, root) = try export("backward-stride-two")
        let results = try #require(root["results"] as? [String: Any])
        // Z₁,₁ = 1·1 + 0·0 + 2·(−1) + 2·2 + 1·1 + 0·0 + 0·0 + 3·(−1) + 1·1 = 2
        #expect(Self.tensor(results["output"])?.values == [2, -2, 3, 4])
        // dL/db = 1 − 2 + 3 + 1 = 3
        #expect(Self.tensor(results["grad_bias"])?.values == [3])
        // dL/dW₁,₁ = X₁,₁·1 + X₁,₃·(−2) + X₃,₁·3 + X₃,₃·1 = 1 − 4 + 0 + 1 = −2
        let gradFilters = try #require(Self.tensor(results["grad_filters"]))
        #expect(gradFilters.shape == [1, 1, 3, 3])
        #expect(gradFilters.values.first == -2)
        // dL/dX₁,₁ = W₁,₁·dL/dO₁,₁ = 1·1 = 1 (only the first window covers it)
        let gradInput = try #require(Self.tensor(results["grad_input"]))
        #expect(gradInput.shape == [1, 5, 5])
        #expect(gradInput.values.first == 1)
    }

    @Test("a step names its target tensor, index and label")
    func stepTarget() throws {
        let (_, root) = try export("vertical-edges")
        let first = try #require((root["steps"] as? [[String: Any]])?.first)
        let target = try #require(first["target"] as? [String: Any])
        #expect(target["tensor"] as? String == "output")
        #expect((target["index"] as? [Any])?.compactMap(Self.number) == [0, 0, 0])
        #expect(target["label"] as? String == "Z₁,₁")
        #expect(first["rule"] as? String == "sum")
        #expect((first["terms"] as? [Any])?.count == 9)
        #expect(first["bias"] is NSNull)
        // 3 + 1 + 2 − (1 + 8 + 2) = −5
        #expect(Self.number(first["value"]) == -5)
    }
}

/// A training lesson's JSON carries its loss per iteration and the learned filters.
@Suite struct TrainingTranscriptJSONTests {
    @Test func theLossPerIterationAndTheFinalFiltersAreInTheResults() throws {
        let lesson = try LessonTestSupport.builtin("learn-a-filter")
        let text = Transcript(lesson: lesson).render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [String: Any])
        let losses = try #require(results["losses"] as? [Double])
        #expect(losses.count == 10)
        let engine = try #require(lesson.results()[.losses]?.scalars)
        #expect(zip(losses, engine).allSatisfy { abs($0 - $1) <= 1e-14 * abs($1) }, "the JSON's losses are the engine's")
        #expect(abs((losses.first ?? 0) - 4.159722222222222) < 1e-12, "L at the seeded start, as the NumPy answer key has it")
        let output = try #require(results["output"] as? [[[[Double]]]])
        #expect(output.count == 1 && output[0][0].count == 3)
        let phases = try #require(object["phases"] as? [[String: Any]])
        #expect(phases.count == 51)
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.contains { ($0["rule"] as? String) == "gradient-step/0.8" })
    }
}
