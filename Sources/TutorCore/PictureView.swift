import CNNEngine
import LessonModel

/// How the player shows its panels: as numbers or as pictures, and in picture view at what zoom and pan.
public struct PictureView: Sendable, Equatable {
    /// Whether panels are drawn as pictures (`i`).
    public var isOn: Bool
    /// Fit each picture to its panel, or one pixel per half cell (`z`).
    public private(set) var zoom = PictureZoom.fit
    /// How far the 1:1 view is moved from following the window, in pixels (`H J K L`); zero follows it.
    public private(set) var pan = PictureOffset(rows: 0, columns: 0)

    /// Pixels one pan key moves the view.
    public static let panStep = 8

    /// A view showing numbers, or pictures when `isOn`.
    public init(isOn: Bool) {
        self.isOn = isOn
    }

    /// How a lesson opens: in picture view when its input is an image file, else as numbers.
    public static func opening(_ lesson: Lesson) -> PictureView {
        PictureView(isOn: lesson.image != nil)
    }

    /// Switches between fit and 1:1; the view follows the window again.
    public mutating func toggleZoom() {
        zoom = zoom == .fit ? .actual : .fit
        pan = PictureOffset(rows: 0, columns: 0)
    }

    /// Moves the 1:1 view one step in `direction`, at most `limit` pixels from following the window.
    public mutating func pan(_ direction: PanDirection, limit: Int) {
        let step = Self.panStep
        let (rows, columns): (Int, Int) =
            switch direction {
            case .left: (0, -step)
            case .right: (0, step)
            case .up: (-step, 0)
            case .down: (step, 0)
            }
        let bound = max(0, limit)
        pan = PictureOffset(
            rows: min(max(pan.rows + rows, -bound), bound), columns: min(max(pan.columns + columns, -bound), bound))
    }
}

/// Picture zoom levels.
public enum PictureZoom: Sendable, Equatable {
    /// Every picture scaled to fit its panel (shrunk by sampling, or enlarged by whole pixels).
    case fit
    /// One pixel per column and half a row: the view follows the window and can be panned.
    case actual
}

/// A displacement in pixels.
public struct PictureOffset: Sendable, Equatable {
    /// Rows down (negative: up) and columns right (negative: left).
    public let rows: Int, columns: Int

    /// Creates an offset.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
}

/// Which way a pan key moves the view.
public enum PanDirection: Sendable, Equatable {
    /// `H`: towards the first column; `L`: towards the last.
    case left, right
    /// `K`: towards the first row; `J`: towards the last.
    case up, down
}
