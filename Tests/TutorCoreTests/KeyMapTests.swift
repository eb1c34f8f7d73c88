import Testing
import TutorCore

/// The key maps as tables: no binding hidden behind another, and the help rows and hints they generate.
@Suite struct KeyMapTests {
    /// Keys a binding lists that an earlier binding of the same map already takes (so they could never act).
    func shadowedKeys<Action>(_ map: KeyMap<Action>) -> [Key] {
        var shadowed: [Key] = []
        for (index, binding) in map.bindings.enumerated() {
            for case .key(let key) in binding.keys
            where map.bindings[..<index].contains(where: { earlier in
                earlier.keys.contains { $0.matches(key) }
            }) {
                shadowed.append(key)
            }
        }
        return shadowed
    }

    @Test func noBindingIsHiddenBehindAnEarlierOne() {
        #expect(shadowedKeys(KeyMaps.global).isEmpty)
        #expect(shadowedKeys(KeyMaps.menu).isEmpty)
        #expect(shadowedKeys(KeyMaps.search).isEmpty)
        #expect(shadowedKeys(KeyMaps.player).isEmpty)
        #expect(shadowedKeys(KeyMaps.answer).isEmpty)
        #expect(shadowedKeys(KeyMaps.codeView).isEmpty)
        #expect(shadowedKeys(KeyMaps.textPrompt).isEmpty)
        #expect(shadowedKeys(KeyMaps.overwritePrompt).isEmpty)
        #expect(shadowedKeys(KeyMaps.resumePrompt).isEmpty)
        #expect(shadowedKeys(KeyMaps.help).isEmpty)
    }

    @Test func patternsMatchTheirClassOfKeys() {
        #expect(KeyPattern.anyCharacter.matches(.character("é")))
        #expect(!KeyPattern.anyCharacter.matches(.enter))
        #expect(!KeyPattern.anyCharacter.matches(.control("a")))
        for character: Character in ["0", "7", "-", "−", ".", "/"] {
            #expect(KeyPattern.numberCharacter.matches(.character(character)), "\(character)")
        }
        #expect(!KeyPattern.numberCharacter.matches(.character("x")))
        #expect(!KeyPattern.numberCharacter.matches(.backspace))
        #expect(KeyPattern.anyKey.matches(.tab))
    }

    @Test func theFirstMatchingBindingWins() {
        #expect(KeyMaps.player.action(for: .character("l")) == .nextStep)
        #expect(KeyMaps.player.action(for: .backTab) == .previousPhase)
        #expect(KeyMaps.player.action(for: .character("x")) == nil)
        #expect(KeyMaps.answer.action(for: .backspace) == .deleteCharacter)
        #expect(KeyMaps.overwritePrompt.action(for: .enter) == .no)
        #expect(KeyMaps.resumePrompt.action(for: .enter) == .yes)
    }

    @Test func consecutiveBindingsWithTheSameHelpShareARow() {
        let rows = KeyMaps.player.helpRows
        let speed = rows.first { $0.text == "faster / slower" }
        #expect(speed?.keys == [.key(.character("+")), .key(.character("=")), .key(.character("-")), .key(.character("_"))])
        #expect(rows.filter { $0.text == "faster / slower" }.count == 1)
        // g/G, +/-, and H J K L (pan) each share a row.
        #expect(rows.count == KeyMaps.player.bindings.count - 5)
    }

    @Test func hintsShowTheFirstKeyOfEachBindingAndCanBeReworded() {
        let hints = KeyMaps.player.hints()
        #expect(hints.map(\.text) == ["back", "next", "phase", "play", "speed", "picture", "help", "menu"])
        #expect(hints.first { $0.text == "phase" }?.keys == [.key(.character("[")), .key(.character("]"))])
        let code = KeyMaps.codeView.hints { $0 == .switchFramework ? "PyTorch" : nil }
        #expect(code.map(\.text) == ["scroll", "PyTorch", "close"])
    }
}

/// Prompts through `Tutor.update`: what each key answers.
@Suite struct PromptKeyTests {
    @Test func resumeAcceptsYAndEnterAndAnyOtherKeyStartsAtTheBeginning() throws {
        let answers: [(Key, Bool)] = [
            (.character("y"), true), (.character("Y"), true), (.enter, true), (.character("n"), false), (.escape, false),
        ]
        for (key, resumed) in answers {
            var state = TutorState(
                lessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24),
                progress: [
                    "vertical-edges": LessonProgress(phase: 0, step: 5, completed: false)
                ])
            _ = Tutor.update(&state, .lessonLoaded(path: "x", .success(Fixtures.lesson("vertical-edges"))))
            #expect(state.prompt?.purpose == .resume(phase: 0, step: 5))
            #expect(Tutor.update(&state, .key(key)).isEmpty)
            #expect(state.prompt == nil)
            #expect(state.player?.stepIndex == (resumed ? 5 : 0), "\(key)")
        }
    }

    @Test func overwriteNeedsYAndEnterKeepsTheFile() {
        var tutor = Fixtures.playing("relu")
        tutor.press(.character("e"), .enter)
        tutor.send(.exportFinished(.exists("relu.txt")))
        tutor.press(.enter)
        #expect(tutor.state.prompt == nil)
        #expect(tutor.state.notice?.text == "Export cancelled; relu.txt was left as it was.")
        #expect(tutor.effects.count == 1)
    }

    @Test func ctrlCQuitsFromEveryOverlay() {
        for opening: Key in [.character("e"), .character("v"), .character("?")] {
            var tutor = Fixtures.playing("relu")
            tutor.press(opening, .control("c"))
            #expect(tutor.quit, "after \(opening)")
        }
    }

    @Test func textPromptsIgnoreKeysTheyDoNotUse() {
        var tutor = Fixtures.playing("relu")
        tutor.press(.character("e"), .up, .tab, .character("!"))
        #expect(tutor.state.prompt?.text == "relu.txt!")
        tutor.press(.escape)
        #expect(tutor.state.prompt == nil)
        #expect(tutor.effects.isEmpty)
    }
}
