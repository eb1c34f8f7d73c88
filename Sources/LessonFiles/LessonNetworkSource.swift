import Learning
import NetworkFiles

/// Where the weights files a lesson names (`filters: {network: PATH}`, `weight: {network: PATH}`) are read from:
/// a trained network an instructor ships beside the lesson.
public struct LessonNetworkSource: Sendable {
    /// Reads the network a lesson names by `path` (as written in the lesson).
    public let read: @Sendable (_ path: String) throws(NetworkFileError) -> TinyNetwork

    /// A source reading with `read`.
    public init(read: @escaping @Sendable (_ path: String) throws(NetworkFileError) -> TinyNetwork) {
        self.read = read
    }

    /// Files on disk: an absolute path as is, a relative one from the folder of the lesson file `lessonFile`.
    public static func files(besideLessonAt lessonFile: String) -> LessonNetworkSource {
        LessonNetworkSource { path throws(NetworkFileError) in
            try NetworkFile.load(from: LessonImageSource.resolve(path, besideLessonAt: lessonFile))
        }
    }

    /// No files: the built-in lessons are read from the binary and ship no weights files.
    public static let builtin = LessonNetworkSource { path throws(NetworkFileError) in throw .missing(path: path) }
}
