import ImageFiles

/// Where the `image:` paths of a lesson are read from: files beside the lesson file, or the pictures compiled
/// into the binary for the built-in lessons (they must work without the `lessons/` folder at run time).
public struct LessonImageSource: Sendable {
    /// Reads the image a lesson names by `path` (as written in the lesson).
    public let read: @Sendable (_ path: String) throws(ImageFileError) -> RasterImage

    /// A source reading with `read`.
    public init(read: @escaping @Sendable (_ path: String) throws(ImageFileError) -> RasterImage) {
        self.read = read
    }

    /// Files on disk: an absolute path as is, a relative one from the folder of the lesson file `lessonFile`.
    public static func files(besideLessonAt lessonFile: String) -> LessonImageSource {
        LessonImageSource { path throws(ImageFileError) in try ImageFile.read(resolve(path, besideLessonAt: lessonFile)) }
    }

    /// A path a lesson names, as a path to open: absolute as is, relative from the folder of `lessonFile`.
    static func resolve(_ path: String, besideLessonAt lessonFile: String) -> String {
        let folder = lessonFile.contains("/") ? String(lessonFile[..<(lessonFile.lastIndex(of: "/") ?? lessonFile.endIndex)]) : ""
        return path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
    }

    /// The files of `lessons/images/`, embedded at build time by the `EmbedLessons` plugin; a built-in lesson
    /// names them relative to `lessons/`, as `images/house.png`.
    public static let builtin = LessonImageSource { path throws(ImageFileError) in
        guard let bytes = EmbeddedImages.bytes(ofPath: path) else { throw .missing(path: "lessons/" + path) }
        return try RasterImage(decoding: bytes)
    }
}

/// The embedded `lessons/images/` files, decoded from the hexadecimal text the plugin writes.
enum EmbeddedImages {
    /// The bytes of `images/NAME` (or `./images/NAME`), nil if no such file was embedded.
    static func bytes(ofPath path: String) -> [UInt8]? {
        let name = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        guard let hex = EmbeddedLessons.images.first(where: { "images/" + $0.name == name })?.hex else { return nil }
        return decode(hex)
    }

    /// Two hexadecimal digits per byte.
    static func decode(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = [], high: UInt8?
        bytes.reserveCapacity(hex.utf8.count / 2)
        for digit in hex.utf8 {
            let value = digit <= 57 ? digit &- 48 : (digit | 0x20) &- 87
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return bytes
    }
}
