/// The documented limits on what a lesson file may ask for; larger values are rejected with a clear error.
public enum LessonLimits {
    /// Largest height or width of any matrix.
    public static let spatialSize = 1024
    /// Most input channels.
    public static let channels = 64
    /// Most filters.
    public static let filters = 64
    /// Largest kernel or pooling window side.
    public static let kernelSize = 64
    /// Largest stride, dilation or padding.
    public static let geometry = 64
    /// Most values in one input (3×1024×1024 fits).
    public static let elements = 4 * 1024 * 1024
    /// Largest magnitude of any number is 10 to this power.
    public static let magnitudeExponent = 15
    /// Largest magnitude of any number (exact: powers of ten up to 1e22 are exact doubles).
    public static let magnitude = (0..<magnitudeExponent).reduce(1.0) { value, _ in value * 10 }
    /// Most layers in an architecture table.
    public static let layers = 64
    /// Most filters of one `conv` layer of an architecture table (only counted, never computed).
    public static let layerFilters = 4096
    /// Longest id.
    public static let idLength = 64
    /// YAML values (nodes: numbers, lists, keys…) a lesson may hold per byte of its file, counting an alias
    /// (`*name`) every time it is used. Written out, YAML needs more than half a byte per value, so only aliases
    /// of aliases (a "billion laughs" file) come near it.
    public static let yamlNodesPerByte = 2
    /// YAML values a lesson may hold beyond `yamlNodesPerByte` per byte: room for aliases to repeat a matrix.
    public static let yamlNodesExtra = 65_536
    /// The most YAML values a lesson file of `bytes` bytes may hold, aliases expanded.
    public static func yamlNodes(fileBytes bytes: Int) -> Int { yamlNodesPerByte * bytes + yamlNodesExtra }
    /// Largest lesson file in bytes.
    public static let fileBytes = 64 * 1024 * 1024
    /// Most iterations of a loop (`learn_filter`).
    public static let iterations = 200
    /// Most iterations × input values of a loop: every iteration is computed when the lesson opens.
    public static let loopWork = 1_000_000
}
