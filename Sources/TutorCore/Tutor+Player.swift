extension Tutor {
    /// Keys in the player: stepping, phases, play/pause, speed, channel focus, export, help, back.
    static func playerKey(_ state: inout TutorState, _ key: Key) -> [Effect] {
        guard var player = state.player else { return [] }
        if player.isAwaitingAnswer, let action = KeyMaps.answer.action(for: key) {
            answerKey(&state, &player, action, key)
            state.screen = .player(player)
            return []
        }
        guard let action = KeyMaps.player.action(for: key) else { return [] }
        var effects: [Effect] = []
        switch action {
        case .nextStep:
            player.playing = false
            if player.isAwaitingAnswer {
                player.skipQuestion()
            } else if !player.isStepComplete {
                player.completeStep()
            } else if !player.next() {
                finish(&state, player)
            }
        case .previousStep:
            player.playing = false
            player.previous()
        case .firstStep:
            player.playing = false
            player.go(phase: player.phaseIndex, step: 0)
        case .lastStep:
            player.playing = false
            player.go(phase: player.phaseIndex, step: Int.max)
        case .nextPhase:
            player.playing = false
            player.go(phase: player.phaseIndex + 1, step: 0)
        case .previousPhase:
            player.playing = false
            player.go(phase: player.phaseIndex - 1, step: 0)
        case .playPause:
            player.playing.toggle()
            if player.playing {
                if player.isAtEnd && player.isStepComplete {
                    player.go(phase: 0, step: 0, animated: true)
                } else if player.isStepComplete {
                    player.next(animated: true)
                }
                effects = [schedule(&state, player)]
            }
        case .faster:
            player.speedLevel = min(player.speedLevel + 1, Speed.intervals.count - 1)
            if player.playing { effects = [schedule(&state, player)] }
        case .slower:
            player.speedLevel = max(player.speedLevel - 1, 0)
            if player.playing { effects = [schedule(&state, player)] }
        case .nextChannel:
            player.focusChannel += 1
        case .togglePicture:
            player.picture.isOn.toggle()
        case .zoomPicture:
            zoomPictures(&state, &player)
        case .panPicture(let direction):
            panPictures(&state, &player, direction)
        case .togglePractice:
            player.playing = false
            player.setPractice(player.practice == nil ? PracticeState() : nil)
            state.notice = .init(player.practice == nil ? "Practice off." : "Practice on: type each value, then Enter.")
        case .showCode:
            player.playing = false
            state.codeView = CodeViewState(lesson: player.lesson)
        case .export:
            player.playing = false
            state.prompt = PromptState(purpose: .exportPath, label: "Export transcript to:", text: "\(player.lesson.id).txt")
        case .help:
            player.playing = false
            state.showingHelp = true
        case .back:
            let save = leaving(&state)
            if state.quitFromPlayer { return save + [.quit] }
            _ = state.nextGeneration()
            state.screen = .menu
            return save
        }
        if !player.playing { _ = state.nextGeneration() }
        state.screen = .player(player)
        return effects
    }

    /// Keys while a practice question waits: digits and `- . /` type, Backspace deletes, Enter checks.
    private static func answerKey(_ state: inout TutorState, _ player: inout PlayerState, _ action: AnswerAction, _ key: Key) {
        switch action {
        case .type:
            if let character = key.typedCharacter { player.editAnswer { $0.append(character) } }
        case .deleteCharacter:
            player.editAnswer { if !$0.isEmpty { $0.removeLast() } }
        case .check:
            player.playing = false
            if !player.submitAnswer() { state.notice = .init("Type a number such as -5, 9.5 or 19/4, then Enter.", isError: true) }
        }
    }

    /// At the end of the lesson: say so, with the practice score.
    static func finish(_ state: inout TutorState, _ player: PlayerState) {
        let score = player.practice.map { " Practice: \($0.scoreText)." } ?? ""
        state.notice = .init("End of the lesson.\(score) Press q for the menu.")
    }

    /// Starts a new generation and schedules its first tick at the player's speed.
    static func schedule(_ state: inout TutorState, _ player: PlayerState) -> Effect {
        .scheduleTick(generation: state.nextGeneration(), afterMilliseconds: Speed.interval(level: player.speedLevel))
    }

    /// An animation tick: reveal the next chunk of the step, or move to the next step; stop at the end.
    static func tick(_ state: inout TutorState, generation: Int) -> [Effect] {
        guard generation == state.generation, var player = state.player, player.playing else { return [] }
        if !player.revealMore() {
            if player.isAwaitingAnswer || !player.next(animated: true) {
                player.playing = false
                state.screen = .player(player)
                if !player.isAwaitingAnswer { finish(&state, player) }
                return []
            }
            if player.isAwaitingAnswer {
                player.playing = false
                state.screen = .player(player)
                return []
            }
        }
        state.screen = .player(player)
        return [.scheduleTick(generation: generation, afterMilliseconds: Speed.interval(level: player.speedLevel))]
    }
}
