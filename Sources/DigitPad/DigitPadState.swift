import CNNEngine
import Learning
import TutorCore

/// The drawing pad: the student's drawing, the network reading it, and its forward pass recomputed after every
/// change, so each layer's activations and the ten probabilities follow the pen.
public struct DigitPadState: Sendable {
    /// The network that reads the drawing.
    public let network: TinyNetwork
    /// The drawing.
    public private(set) var grid: DrawingGrid
    /// The drawing's forward pass (nil only when the image does not fit the network, which `init` rules out).
    public private(set) var pass: ForwardPass?
    /// Samples a digit key loads, to start from a drawn digit (may be empty).
    public let samples: [DigitSample]
    private var nextSample: [Int: Int] = [:]

    /// A blank pad for `network`, with `samples` behind the digit keys.
    public init(network: TinyNetwork, samples: [DigitSample] = []) {
        self.network = network
        self.grid = DrawingGrid(size: network.shape.imageSize)
        self.samples = samples.filter { $0.image.shape == [1, network.shape.imageSize, network.shape.imageSize] }
        refresh()
    }

    /// What a key did.
    public enum Outcome: Equatable, Sendable {
        /// Keep going (redraw).
        case stay
        /// Leave the pad.
        case quit
    }

    /// Arrows (or h j k l) move, Space or Enter paints, x or Backspace erases, d lifts or lowers the pen, c clears,
    /// a digit key loads the next sample of that digit, q or Esc leaves.
    public mutating func apply(_ key: Key) -> Outcome {
        switch key {
        case .up, .character("k"): grid.move(rows: -1, columns: 0)
        case .down, .character("j"): grid.move(rows: 1, columns: 0)
        case .left, .character("h"): grid.move(rows: 0, columns: -1)
        case .right, .character("l"): grid.move(rows: 0, columns: 1)
        case .character(" "), .enter: grid.paint()
        case .character("x"), .backspace: grid.erase()
        case .character("d"): grid.togglePen()
        case .character("c"): grid.clear()
        case .character("q"), .escape: return .quit
        case .character(let character):
            guard let digit = character.wholeNumberValue else { return .stay }
            loadSample(of: digit)
        default:
            return .stay
        }
        refresh()
        return .stay
    }

    /// The keys and what they do, for the help line.
    public static let keyHelp = "←↑↓→ move  Space paint  x erase  d pen up/down  c clear  0-9 a sample  q quit"

    private mutating func loadSample(of digit: Int) {
        let matching = samples.indices.filter { samples[$0].label == digit }
        guard !matching.isEmpty else { return }
        let position = nextSample[digit, default: 0]
        grid.load(samples[matching[position % matching.count]].image)
        nextSample[digit] = position + 1
    }

    private mutating func refresh() {
        pass = try? network.forward(grid.image)
    }
}
