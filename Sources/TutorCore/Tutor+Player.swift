extension Tutor {
    /// Keys in the player: stepping, phases, play/pause, speed, channel focus, export, help, back.
    static func playerKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        guard var player = state.player else { return [] }
        var effects: [Effect] = []
        switch key {
        case .right, .character("l"), .character(" "):
            player.playing = false
            if player.isStepComplete { player.next() } else { player.completeStep() }
        case .left, .character("h"), .backspace:
            player.playing = false
            player.previous()
        case .home, .character("g"):
            player.playing = false
            player.go(phase: player.phaseIndex, step: 0)
        case .end, .character("G"):
            player.playing = false
            player.go(phase: player.phaseIndex, step: Int.max)
        case .pageDown, .tab, .character("]"), .character("n"):
            player.playing = false
            player.go(phase: player.phaseIndex + 1, step: 0)
        case .pageUp, .backTab, .character("["), .character("N"):
            player.playing = false
            player.go(phase: player.phaseIndex - 1, step: 0)
        case .enter, .character("p"):
            player.playing.toggle()
            if player.playing {
                if player.isAtEnd && player.isStepComplete { player.go(phase: 0, step: 0, animated: true) }
                else if player.isStepComplete { player.next(animated: true) }
                effects = [schedule(&state, player)]
            }
        case .character("+"), .character("="):
            player.speedLevel = min(player.speedLevel + 1, Speed.intervals.count - 1)
            if player.playing { effects = [schedule(&state, player)] }
        case .character("-"), .character("_"):
            player.speedLevel = max(player.speedLevel - 1, 0)
            if player.playing { effects = [schedule(&state, player)] }
        case .character("c"):
            player.focusChannel += 1
        case .character("e"):
            player.playing = false
            state.prompt = PromptState(purpose: .exportPath, label: "Export transcript to:", text: "\(player.lesson.id).txt")
        case .character("?"):
            player.playing = false
            state.showingHelp = true
        case .character("q"), .escape:
            if state.quitFromPlayer { return [.quit] }
            _ = state.nextGeneration()
            state.screen = .menu
            return []
        default:
            return []
        }
        if !player.playing { _ = state.nextGeneration() }
        state.screen = .player(player)
        return effects
    }

    /// Starts a new generation and schedules its first tick at the player's speed.
    static func schedule(_ state: inout TutorState, _ player: PlayerState) -> Effect {
        .scheduleTick(generation: state.nextGeneration(), afterMilliseconds: Speed.interval(level: player.speedLevel))
    }

    /// An animation tick: reveal the next chunk of the step, or move to the next step; stop at the end.
    static func tick(_ state: inout TutorState, generation: Int) -> [Effect] {
        guard generation == state.generation, var player = state.player, player.playing else { return [] }
        if !player.revealMore() {
            if !player.next(animated: true) {
                player.playing = false
                state.screen = .player(player)
                state.notice = .init("End of the lesson. Press g to go back to the start of the phase, or q.")
                return []
            }
        }
        state.screen = .player(player)
        return [.scheduleTick(generation: generation, afterMilliseconds: Speed.interval(level: player.speedLevel))]
    }
}
