import CNNEngine

extension Lesson {
    /// The lesson's phases in teaching order: every stage forward, then (with `grad_output`) every stage
    /// backward from the last, each stage's backward phases as its operation lists them.
    static func makePhases(stages: [LessonStage], gradOutput: Tensor?, names: TensorNames, narration: [String: String]) -> [Phase] {
        let stageNames = stageNames(stages: stages, names: names)
        func phase(_ index: Int, _ kind: PhaseKind, _ content: PhaseContent, _ gradient: Tensor?) -> Phase {
            let key = index == 0 ? kind.rawValue : "\(index + 1).\(kind.rawValue)"
            return Phase(
                kind: kind, stageIndex: index, stage: stages[index], names: stageNames[index], lessonNarration: narration[key],
                content: content, gradOutput: gradient, loop: nil)
        }
        var phases: [Phase] = []
        for index in stages.indices {
            if let looping = stages[index].operation as? any LoopingOperation {
                phases += looping.loopPhases(names: stageNames[index]).map { loopPhase($0, stageIndex: index, narration: narration) }
                continue
            }
            let forward = stages[index].operation.forwardPhase
            phases.append(phase(index, forward.kind, forward.content, nil))
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
        let key = stageIndex == 0 ? loop.position.part.rawValue : "\(stageIndex + 1).\(loop.position.part.rawValue)"
        return Phase(
            kind: loop.kind, stageIndex: stageIndex, stage: loop.stage, names: loop.names, lessonNarration: narration[key],
            content: .traced(loop.operation), gradOutput: loop.gradOutput, loop: loop.position)
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
        switch key {
        case .output: return phases.last { $0.kind == .forward || $0.kind == .image }
        case .gradInput: return phases.last { $0.kind == .gradInput && $0.stageIndex == 0 && $0.loop == nil }
        case .gradFilters: return phases.first { $0.kind == .gradFilters && $0.stageIndex == firstLearningStage }
        case .gradBias: return phases.first { $0.kind == .gradBias && $0.stageIndex == firstLearningStage }
        case .losses: return phases.first { $0.loop?.part == .run }
        }
    }

    /// The index of the first stage with learnable parameters, whose dL/dF and dL/db are the lesson's results.
    public var firstLearningStage: Int? {
        stages.firstIndex { $0.operation.hasLearnableParameters }
    }
}
