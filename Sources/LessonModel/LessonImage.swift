/// Where a lesson's input came from when it was read from an image file (`input: {image: PATH, …}`): what
/// the player, the picture view and exports need to know about it beyond the tensor itself.
public struct LessonImage: Sendable, Equatable {
    /// The path as the lesson writes it (relative to the lesson file, or absolute).
    public let path: String
    /// The image's height and width in pixels as stored, before any `size:` shrinking.
    public let storedHeight: Int, storedWidth: Int
    /// Whether the input keeps three colour channels (`channels: rgb`) rather than one grey channel.
    public let isColour: Bool
    /// The value of full intensity in the input tensor (`scale:`): 255 or 1. Pictures draw 0 … this value
    /// as black … white, so a dark image stays dark rather than being stretched to its own maximum.
    public let fullIntensity: Double

    /// Creates the description of an image input.
    public init(path: String, storedHeight: Int, storedWidth: Int, isColour: Bool, fullIntensity: Double) {
        self.path = path
        self.storedHeight = storedHeight
        self.storedWidth = storedWidth
        self.isColour = isColour
        self.fullIntensity = fullIntensity
    }
}
