import CNNEngine
import Learning
import TutorCore

/// Training on screen: the trainer advanced one slice between frames, so every key is answered within a slice.
public struct TrainingScreenState: Sendable {
    /// The run.
    public private(set) var trainer: Trainer
    /// Whether the student paused it.
    public private(set) var paused = false
    /// Images trained between two frames.
    public let sliceSize: Int
    /// Why training stopped early, if it did.
    public private(set) var failure: String?

    /// A screen that trains with `trainer`, `sliceSize` images per frame.
    public init(trainer: Trainer, sliceSize: Int = 64) {
        self.trainer = trainer
        self.sliceSize = max(1, sliceSize)
    }

    /// Whether a slice should run before the next frame.
    public var isWorking: Bool { !paused && !trainer.isFinished && failure == nil }

    /// What a key asks for.
    public enum Outcome: Equatable, Sendable {
        /// Keep going.
        case stay
        /// Open the drawing pad with the network as trained so far.
        case draw
        /// Leave.
        case quit
    }

    /// p pauses or resumes, d opens the drawing pad, q or Esc leaves.
    public mutating func apply(_ key: Key) -> Outcome {
        switch key {
        case .character("q"), .escape: return .quit
        case .character("p"), .character(" "): paused.toggle()
        case .character("d"): return .draw
        default: break
        }
        return .stay
    }

    /// Trains one slice (when working).
    public mutating func work() {
        guard isWorking else { return }
        do { _ = try trainer.advance(samples: sliceSize) } catch { failure = "\(error)" }
    }

    /// The keys and what they do.
    public static let keyHelp = "p pause/resume  d draw a digit with the network so far  q quit"
}
