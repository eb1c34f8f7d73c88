/// A one-line text prompt (export path, lesson file to open, overwrite confirmation).
public struct PromptState: Sendable, Equatable {
    /// What the prompt is for.
    public enum Purpose: Sendable, Equatable {
        /// Export the current lesson to the typed path.
        case exportPath
        /// Confirm replacing an existing export file (y/n).
        case confirmOverwrite(path: String)
        /// Open the lesson file at the typed path.
        case openFile
        /// Offer to resume a lesson where it was left (y/n).
        case resume(phase: Int, step: Int)
    }

    /// What the prompt is for.
    public let purpose: Purpose
    /// The label before the text, e.g. `Export transcript to:`.
    public let label: String
    /// The text typed so far.
    public var text: String
    /// Why the last attempt failed, shown with the prompt until the student types.
    public var problem: String?

    /// Creates a prompt.
    public init(purpose: Purpose, label: String, text: String = "", problem: String? = nil) {
        self.purpose = purpose
        self.label = label
        self.text = text
        self.problem = problem
    }

    /// The prompt asking where to export a transcript, `text` typed so far.
    static func export(text: String, problem: String? = nil) -> PromptState {
        PromptState(purpose: .exportPath, label: "Export transcript to:", text: text, problem: problem)
    }
}
