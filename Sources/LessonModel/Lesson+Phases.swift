import CNNEngine

extension Lesson {
    /// The lesson's phases in teaching order: every stage forward, then (with `grad_output`) every stage
    /// backward from the last, each stage's backward phases as its operation lists them.
    static func makePhases(stages: [LessonStage], gradOutput: Tensor?, names: TensorNames, narration: [String: String]) -> [Phase] {
        let stageNames = stageNames(stages: stages, names: names)
        func phase(_ index: Int, _ kind: PhaseKind, _ content: PhaseContent, _ gradient: Tensor?) -> Phase {
            let key = Phase.narrationKey(stageIndex: index, kind: kind)
            return Phase(
                kind: kind, stageIndex: index, stage: stages[index], names: stageNames[index], lessonNarration: narration[key],
                stepNarration: stepNarration(narration, phase: key), content: content, gradOutput: gradient, loop: nil)
        }
        var phases: [Phase] = []
        for index in stages.indices {
            let operation = stages[index].operation
            if let looping = operation.asLoop {
                phases += looping.loopPhases(names: stageNames[index]).map { loopPhase($0, stageIndex: index, narration: narration) }
                continue
            }
            let forward = operation.forwardPhase
            phases.append(phase(index, forward.kind, forward.content, nil))
            phases += operation.alternativeForwardPhases.map { phase(index, $0.kind, .traced($0.operation), nil) }
        }
        guard var gradient = gradOutput else { return phases }
        for index in stages.indices.reversed() {
            let backward = stages[index].operation.backwardPhases(gradOutput: gradient)
            phases += backward.map { phase(index, $0.kind, .traced($0.operation), gradient) }
            // The first stage's dL/dX feeds nothing further back, so it is never computed whole here.
            guard index > 0, let inputGradient = backward.first(where: { $0.kind == .gradInput })?.operation.result() else { break }
            gradient = inputGradient
        }
        return phases
    }

    /// A loop's phase as a lesson phase, narrated by the lesson's words for its part (`update`, `loss`, …).
    private static func loopPhase(_ loop: LoopPhase, stageIndex: Int, narration: [String: String]) -> Phase {
        let key = Phase.narrationKey(stageIndex: stageIndex, name: loop.position.part.rawValue)
        return Phase(
            kind: loop.kind, stageIndex: stageIndex, stage: loop.stage, names: loop.names, lessonNarration: narration[key],
            stepNarration: stepNarration(narration, phase: key), content: .traced(loop.operation), gradOutput: loop.gradOutput,
            loop: loop.position)
    }

    /// Every stage's tensor names: the lesson's for the first; after it, the previous output as input and the
    /// operation's own output name (numbered when it would repeat a name). A second stage with parameters
    /// numbers them too (`W5`, `b5`), so two dL/dW never read alike.
    static func stageNames(stages: [LessonStage], names: TensorNames) -> [TensorNames] {
        var result: [TensorNames] = []
        var parametersNamed = false
        for (index, stage) in stages.enumerated() {
            let learns = stage.operation.hasLearnableParameters
            defer { parametersNamed = parametersNamed || learns }
            guard let previous = result.last else {
                result.append(names)
                continue
            }
            var output = stage.operation.outputName
            if output == previous.output || output == previous.input { output += "\(index + 1)" }
            let number = learns && parametersNamed ? "\(index + 1)" : ""
            result.append(
                TensorNames(input: previous.output, filters: names.filters + number, bias: names.bias + number, output: output))
        }
        return result
    }

    /// The tensor names of stage `index`.
    public func names(ofStage index: Int) -> TensorNames {
        Self.stageNames(stages: stages, names: names)[index]
    }

    /// Every result the lesson computes: the last output, and with a backward pass dL/dX of the first stage
    /// and dL/dF, dL/db of the first stage with learnable parameters. A loop's output is what its last phase
    /// computes (the learned filters), with the loss of every iteration and the first iteration's dL/dF.
    public func results() -> [ResultKey: Tensor] {
        var results: [ResultKey: Tensor] = [:]
        for key in ResultKey.allCases {
            if let operation = phase(for: key)?.operation { results[key] = operation.result() }
        }
        return results
    }

    /// The phase that computes a result key (see `results()`).
    public func phase(for key: ResultKey) -> Phase? {
        phaseIndex(for: key).map { phases[$0] }
    }

    /// The position in `phases` of the phase that computes a result key.
    public func phaseIndex(for key: ResultKey) -> Int? {
        switch key {
        case .output: return phases.lastIndex { $0.kind == .forward || $0.kind == .image }
        case .gradInput: return phases.lastIndex { $0.kind == .gradInput && $0.stageIndex == 0 && $0.loop == nil }
        case .gradFilters: return phases.firstIndex { $0.kind == .gradFilters && $0.stageIndex == firstLearningStage }
        case .gradBias: return phases.firstIndex { $0.kind == .gradBias && $0.stageIndex == firstLearningStage }
        case .losses: return phases.firstIndex { $0.loop?.part == .run }
        }
    }

    /// The index of the first stage with learnable parameters, whose dL/dF and dL/db are the lesson's results.
    public var firstLearningStage: Int? {
        stages.firstIndex { $0.operation.hasLearnableParameters }
    }

    /// The separator between a phase's narration key and a range of its steps: `forward@2-4`.
    public static let stepNarrationSeparator: Character = "@"

    /// The narration key of steps `steps` (1-based) of the phase narrated as `phase`.
    public static func stepNarrationKey(phase: String, steps: ClosedRange<Int>) -> String {
        "\(phase)\(stepNarrationSeparator)\(steps.lowerBound)-\(steps.upperBound)"
    }

    /// `3` or `2-4` as a range of steps from 1; nil when it is neither.
    public static func stepRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingSpaces) }
        guard (1...2).contains(parts.count), let first = parts[0], let last = parts[parts.count - 1], first >= 1, first <= last else {
            return nil
        }
        return first...last
    }

    /// The step narration of phase key `phase`, in the order of the ranges.
    private static func stepNarration(_ narration: [String: String], phase: String) -> [Phase.StepNarration] {
        narration.compactMap { key, text -> Phase.StepNarration? in
            let parts = key.split(separator: stepNarrationSeparator, maxSplits: 1)
            guard parts.count == 2, parts[0] == phase, let range = stepRange(String(parts[1])) else { return nil }
            return Phase.StepNarration(steps: range, text: text)
        }.sorted { $0.steps.lowerBound < $1.steps.lowerBound }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var slice = self
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return slice
    }
}
