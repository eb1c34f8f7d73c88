import CNNEngine

extension Lesson {
    /// The lesson's phases in teaching order: every stage forward, then (with `grad_output`) every stage
    /// backward from the last: dL/dF, dL/dX and dL/db for a convolution, dL/dX for ReLU and pooling.
    public func phases() -> [Phase] {
        var phases = stages.indices.map { forwardPhase($0) }
        guard var gradient = gradOutput else { return phases }
        for index in stages.indices.reversed() {
            let backward = backwardPhases(index, gradOutput: gradient)
            phases += backward
            // The first stage's dL/dX feeds nothing further back, so it is never computed whole here.
            guard index > 0, let inputGradient = backward.first(where: { $0.kind == .gradInput })?.operation?.result() else { break }
            gradient = inputGradient
        }
        return phases
    }

    /// The tensor names of stage `index`: the lesson's for the first, the previous output as input after.
    public func names(ofStage index: Int) -> TensorNames {
        guard index > 0 else { return names }
        let previous = names(ofStage: index - 1)
        let defaults = ["conv2d": "Z", "relu": "A", "maxpool2d": "P", "avgpool2d": "P"]
        var output = defaults[stages[index].operationName] ?? "O"
        if output == previous.output || output == previous.input { output += "\(index + 1)" }
        return TensorNames(input: previous.output, filters: previous.filters, bias: previous.bias, output: output)
    }

    /// Every result the lesson computes: the last output, and with a backward pass dL/dX of the first stage
    /// and dL/dF, dL/db of the first convolution.
    public func results() -> [ResultKey: Tensor] {
        var results: [ResultKey: Tensor] = [:]
        for phase in phases() {
            guard let operation = phase.operation else { continue }
            switch phase.kind {
            case .forward, .image:
                if phase.stageIndex == stages.count - 1 { results[.output] = operation.result() }
            case .gradInput where phase.stageIndex == 0:
                results[.gradInput] = operation.result()
            case .gradFilters where phase.stageIndex == firstConvolution:
                results[.gradFilters] = operation.result()
            case .gradBias where phase.stageIndex == firstConvolution:
                results[.gradBias] = operation.result()
            default:
                continue
            }
        }
        return results
    }

    /// The phase that computes a result key (see `results()`).
    public func phase(for key: ResultKey) -> Phase? {
        let all = phases()
        switch key {
        case .output: return all.last { $0.kind == .forward || $0.kind == .image }
        case .gradInput: return all.last { $0.kind == .gradInput && $0.stageIndex == 0 }
        case .gradFilters: return all.first { $0.kind == .gradFilters && $0.stageIndex == firstConvolution }
        case .gradBias: return all.first { $0.kind == .gradBias && $0.stageIndex == firstConvolution }
        }
    }

    /// The index of the first convolution stage, whose dL/dF and dL/db are the lesson's results.
    private var firstConvolution: Int? {
        stages.firstIndex { if case .convolution = $0 { return true } else { return false } }
    }

    private func forwardPhase(_ index: Int) -> Phase {
        let stage = stages[index], names = names(ofStage: index)
        let kind: PhaseKind
        let content: PhaseContent
        switch stage {
        case .image(let image):
            kind = .image
            content = .traced(ImageReading(image: image))
        case .architecture(let stack):
            kind = .table
            content = .table((try? stack.rows()) ?? [])
        default:
            kind = .forward
            content = stage.forward.map { .traced($0) } ?? .table([])
        }
        return Phase(
            kind: kind, stageIndex: index, stage: stage, names: names, title: PhaseText.title(kind, stage: stage, names: names),
            narration: narration(kind, stage: index), content: content, gradOutput: nil)
    }

    private func backwardPhases(_ index: Int, gradOutput: Tensor) -> [Phase] {
        let stage = stages[index], names = names(ofStage: index)
        var parts: [(PhaseKind, any TracedOperation)] = []
        switch stage {
        case .convolution(let conv):
            guard let backward = try? conv.backward(gradOutput: gradOutput) else { return [] }
            parts = [(.gradFilters, backward.filterGradient), (.gradInput, backward.inputGradient), (.gradBias, backward.biasGradient)]
        case .relu(let relu):
            guard let backward = try? relu.backward(gradOutput: gradOutput) else { return [] }
            parts = [(.gradInput, backward)]
        case .pooling(let pool):
            guard let backward = try? pool.backward(gradOutput: gradOutput) else { return [] }
            parts = [(.gradInput, backward)]
        case .image, .architecture:
            return []
        }
        return parts.map { kind, operation in
            Phase(
                kind: kind, stageIndex: index, stage: stage, names: names,
                title: PhaseText.title(kind, stage: stage, names: names), narration: narration(kind, stage: index),
                content: .traced(operation), gradOutput: gradOutput)
        }
    }

    private func narration(_ kind: PhaseKind, stage index: Int) -> String {
        let key = index == 0 ? kind.rawValue : "\(index + 1).\(kind.rawValue)"
        return narration[key] ?? PhaseText.defaultNarration(kind, stage: stages[index], names: names(ofStage: index))
    }
}
