import CNNEngine
import Learning
import TutorCore
import TutorRuntime

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
    /// Whether the main mouse button is down: a terminal reporting all motion sends moves without it too, and
    /// those must not paint.
    private var mouseButtonDown = false

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

    /// Arrows (or h j k l) move, Space or Enter paints (so does the mouse: `apply(_:atPixel:)`), x or Backspace
    /// erases, d lifts or lowers the pen, c clears, a digit key loads the next sample of that digit, q or Esc leaves.
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
    public static let keyHelp = "←↑↓→ move  Space/mouse paint  x erase  d pen  c clear  0-9 a sample  q quit"

    /// The mouse on the drawing's pixel (`row`, `column`), nil when off the drawing: pressing the main button, or
    /// moving with it held, paints there and the other button erases, the cursor following; a move with no button
    /// held does nothing.
    public mutating func apply(_ action: MouseEvent.Action, atPixel pixel: (row: Int, column: Int)?) {
        switch action {
        case .press: mouseButtonDown = true
        case .release: mouseButtonDown = false
        case .drag, .pressOther: break
        }
        guard let pixel, action != .release, action != .drag || mouseButtonDown else { return }
        grid.place(row: pixel.row, column: pixel.column)
        if action == .pressOther { grid.erase() } else { grid.paint() }
        refresh()
    }

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
