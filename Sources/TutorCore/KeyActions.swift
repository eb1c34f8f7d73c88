/// What a key does anywhere, before the context's own keys are looked at.
public enum GlobalAction: Sendable, Equatable {
    /// Save progress and leave the tutor.
    case quitAtOnce
}

/// What a key does on the lesson menu.
public enum MenuAction: Sendable, Equatable {
    /// Select the row above / below.
    case previous, next
    /// Move the selection ten rows up / down.
    case pageUp, pageDown
    /// Select the first / last lesson.
    case first, last
    /// Open the selected lesson.
    case open
    /// Start typing a search.
    case search
    /// Ask for a lesson file's path.
    case openFile
    /// Show the help overlay.
    case help
    /// Leave the tutor.
    case quit
    /// Clear a search that is still applied, else leave the tutor.
    case clearSearchOrQuit
}

/// What a key does while a menu search is typed.
public enum SearchAction: Sendable, Equatable {
    /// Add the typed character to the query.
    case type
    /// Remove the query's last character.
    case deleteCharacter
    /// Select the matching row above / below.
    case previous, next
    /// Open the selected match.
    case open
    /// Stop searching and clear the query.
    case cancel
}

/// What a key does in the lesson player.
public enum PlayerAction: Sendable, Equatable {
    /// The previous step, crossing into the previous phase.
    case previousStep
    /// Finish the step's animation, or skip a practice question, or go to the next step.
    case nextStep
    /// The first / last step of the phase.
    case firstStep, lastStep
    /// The first step of the previous / next phase.
    case previousPhase, nextPhase
    /// Start or stop the animation.
    case playPause
    /// Animate faster / slower.
    case faster, slower
    /// Show the next input channel of a multi-channel step.
    case nextChannel
    /// Turn practice mode on or off.
    case togglePractice
    /// Switch every panel between numbers and pictures.
    case togglePicture
    /// Switch pictures between fitting their panel and one pixel per half cell.
    case zoomPicture
    /// Move a 1:1 picture view.
    case panPicture(PanDirection)
    /// Open the code view.
    case showCode
    /// Ask where to export the transcript.
    case export
    /// Show the help overlay.
    case help
    /// Back to the menu (leave the tutor if the lesson was opened directly).
    case back
}

/// What a key does while a practice question waits for the typed value (other keys keep their player meaning).
public enum AnswerAction: Sendable, Equatable {
    /// Add the typed character to the answer.
    case type
    /// Remove the answer's last character.
    case deleteCharacter
    /// Check the answer.
    case check
}

/// What a key does in the code view.
public enum CodeViewAction: Sendable, Equatable {
    /// Scroll one line up / down.
    case lineUp, lineDown
    /// Scroll a screen up / down.
    case pageUp, pageDown
    /// Show the first / last lines.
    case top, bottom
    /// Switch between NumPy and PyTorch.
    case switchFramework
    /// Close the code view.
    case close
}

/// What a key does in a prompt that takes typed text (a path).
public enum TextPromptAction: Sendable, Equatable {
    /// Add the typed character to the text.
    case type
    /// Remove the text's last character.
    case deleteCharacter
    /// Act on the text.
    case submit
    /// Close the prompt without acting.
    case cancel
}

/// What a key answers to a yes/no question.
public enum QuestionAction: Sendable, Equatable {
    /// Yes.
    case yes
    /// No.
    case no
}

/// What a key does while the help overlay is shown.
public enum HelpAction: Sendable, Equatable {
    /// Close the help.
    case close
}
