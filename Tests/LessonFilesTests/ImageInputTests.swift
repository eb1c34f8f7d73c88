import CNNEngine
import Foundation
import ImageFiles
import LessonFiles
import LessonModel
import LessonTestSupport
import TestSupport
import Testing

/// `input: {image: PATH, channels, size, scale}`: pictures read beside the lesson file, and every problem
/// reported at the key it is about.
@Suite("Image inputs")
struct ImageInputTests {
    /// A lesson file `lesson.yaml` in a fresh folder, with `files` (name → bytes) beside it.
    struct Folder {
        let directory: TemporaryDirectory

        init(_ files: [String: [UInt8]]) throws {
            directory = try TemporaryDirectory(prefix: "image-input")
            for (name, bytes) in files { try Data(bytes).write(to: directory.url.appendingPathComponent(name)) }
        }

        /// Parses `yaml` as the folder's `lesson.yaml`.
        func parse(_ yaml: String) -> Result<Lesson, LessonErrors> {
            LessonParser.parse(text: yaml, file: directory.path("lesson.yaml"))
        }

        /// The one diagnostic `yaml` gives (recording an issue if there is not exactly one).
        func onlyDiagnostic(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> LessonDiagnostic {
            guard case .failure(let errors) = parse(yaml) else {
                Issue.record("the lesson parsed", sourceLocation: sourceLocation)
                throw Failure()
            }
            #expect(errors.diagnostics.count == 1, "\(errors)", sourceLocation: sourceLocation)
            return try #require(errors.diagnostics.first, sourceLocation: sourceLocation)
        }
    }

    struct Failure: Error {}

    /// A lesson reading `input` (the text after `input: `) through ReLU.
    static func lesson(_ input: String) -> String {
        "id: picture\ntitle: T\nop: relu\ninput: \(input)\n"
    }

    /// 2×3 grey, 8-bit: 0 50 100 / 150 200 255.
    static let grey = RasterImage(
        size: ImageSize(height: 2, width: 3), channels: .grey, maxValue: 255, samples: [0, 50, 100, 150, 200, 255])

    /// 2×2 RGB: red, green / blue, white.
    static let colour = RasterImage(
        size: ImageSize(height: 2, width: 2), channels: .rgb, maxValue: 255,
        samples: [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255])

    static func png(_ image: RasterImage?) throws -> [UInt8] {
        try #require(image).encoded(as: .png)
    }

    @Test("a PNG beside the lesson becomes the input, 0–255, with the image described")
    func readsAPNGBesideTheLesson() throws {
        let folder = try Folder(["grey.png": try Self.png(Self.grey)])
        let lesson = try folder.parse(Self.lesson("{image: grey.png}")).get()
        #expect(lesson.stages.first?.input == (try Tensor(shape: [1, 2, 3], scalars: [0, 50, 100, 150, 200, 255])))
        #expect(lesson.image == LessonImage(path: "grey.png", storedHeight: 2, storedWidth: 3, isColour: false, fullIntensity: 255))
    }

    @Test("channels, scale and size convert the picture: rgb → grey is BT.601, scale 1 divides by 255, size averages")
    func convertsWithChannelsScaleAndSize() throws {
        let folder = try Folder(["colour.png": try Self.png(Self.colour), "grey.pgm": try #require(Self.grey).encoded(as: .netpbmPlain)])
        let rgb = try folder.parse(Self.lesson("{image: colour.png, channels: rgb, scale: 1}")).get()
        // Channel planes: red = [1 0; 0 1], green = [0 1; 0 1], blue = [0 0; 1 1].
        #expect(rgb.stages.first?.input?.scalars == [1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1])
        #expect(rgb.image?.isColour == true && rgb.image?.fullIntensity == 1)
        let grey = try folder.parse(Self.lesson("{image: colour.png, channels: grey}")).get()
        // 0.299·255 = 76.245, 0.587·255 = 149.685, 0.114·255 = 29.07, white 255.
        let values = try #require(grey.stages.first?.input?.scalars)
        for (value, expected) in zip(values, [76.245, 149.685, 29.07, 255]) { #expect(abs(value - expected) < 1e-9) }
        // A 2×3 PGM shrunk to 1×1 averages all six values: (0 + 50 + 100 + 150 + 200 + 255) / 6 = 125.8333…
        let shrunk = try folder.parse(Self.lesson("{image: grey.pgm, size: [1, 1]}")).get()
        #expect(abs((shrunk.stages.first?.input?.scalars.first ?? 0) - 755.0 / 6) < 1e-9)
    }

    @Test("a built-in lesson reads the picture compiled into the binary: the house BuiltinPicture draws")
    func builtinLessonReadsTheEmbeddedHouse() throws {
        let lesson = try LessonTestSupport.builtin("house-edges")
        let house = BuiltinPicture.house.draw()
        #expect(lesson.stages.first?.input?.scalars == house.samples.map(Double.init))
        #expect(lesson.image?.path == "images/house.png")
        let missing = LessonParser.parse(text: Self.lesson("{image: images/none.png}"), file: "lessons/x.yaml", images: .builtin)
        guard case .failure(let errors) = missing else { Issue.record("a missing embedded picture parsed"); return }
        #expect(errors.diagnostics.first?.message == "no such file: lessons/images/none.png")
    }

    @Test("a missing file is reported at the path, with where relative paths start")
    func missingFile() throws {
        let folder = try Folder([:])
        let diagnostic = try folder.onlyDiagnostic(Self.lesson("{image: nothing.png}"))
        #expect(diagnostic.location == position(4, 16))
        #expect(diagnostic.message == "no such file: \(folder.directory.path("nothing.png"))")
        #expect(diagnostic.hint == "the path is relative to the lesson file's folder")
        // A bad key beside a missing file: both are reported, each at its place.
        guard case .failure(let both) = folder.parse(Self.lesson("{image: nothing.png, channels: cmyk}")) else {
            Issue.record("the lesson parsed")
            return
        }
        #expect(both.diagnostics.map(\.location) == [position(4, 16), position(4, 39)])
    }

    @Test("a file that is not an image, a truncated PNG and an unsupported maxval are reported at the path")
    func badFiles() throws {
        let png = try Self.png(Self.grey)
        let folder = try Folder([
            "notes.png": Array("hello".utf8), "cut.png": Array(png.prefix(30)),
            "deep.pgm": Array("P2 1 1 70000 5\n".utf8),
        ])
        let notImage = try folder.onlyDiagnostic(Self.lesson("{image: notes.png}"))
        #expect(notImage.location == position(4, 16))
        #expect(notImage.message == "not a PNG, PGM or PPM image (it starts with bytes 68 65 6C 6C 6F)")
        let cut = try folder.onlyDiagnostic(Self.lesson("{image: cut.png}"))
        #expect(cut.location == position(4, 16))
        #expect(cut.message.hasPrefix("truncated image:") || cut.message.hasPrefix("corrupt image:"), "\(cut.message)")
        let deep = try folder.onlyDiagnostic(Self.lesson("{image: deep.pgm}"))
        #expect(deep.message == "unsupported netpbm maxval 70000: it must be 1…65535")
    }

    @Test("a picture larger than the lesson limits is refused at the path, with size: as the way out")
    func tooLargeForALesson() throws {
        let wide = Array("P5 1025 1 255\n".utf8) + Array(repeating: 7, count: 1025)
        let folder = try Folder(["wide.pgm": wide])
        let diagnostic = try folder.onlyDiagnostic("id: picture\ntitle: T\nop: relu\ninput:\n  image: wide.pgm\n")
        #expect(diagnostic.location == position(5, 10))
        #expect(diagnostic.message == "input is 1×1025; the limit is 1024 per side")
        #expect(diagnostic.hint == "shrink it by area averaging with `size: [H, W]` under `input`")
        #expect((try? folder.parse("id: picture\ntitle: T\nop: relu\ninput:\n  image: wide.pgm\n  size: [1, 205]\n").get()) != nil)
    }

    @Test("bad channels, scale and size are reported at their keys")
    func badConversionKeys() throws {
        let folder = try Folder(["grey.png": try Self.png(Self.grey)])
        let channels = try folder.onlyDiagnostic(Self.lesson("{image: grey.png, channels: cmyk}"))
        #expect(channels.location == position(4, 36) && channels.message == "channels must be `grey` or `rgb`")
        let scale = try folder.onlyDiagnostic(Self.lesson("{image: grey.png, scale: 100}"))
        #expect(scale.location == position(4, 33) && scale.message == "scale must be 255 (values 0–255) or 1 (values 0–1)")
        let size = try folder.onlyDiagnostic(Self.lesson("{image: grey.png, size: [4, 4]}"))
        #expect(size.location == position(4, 32))
        #expect(size.message == "size [4, 4] is larger than the image (2 high × 3 wide); area averaging only shrinks")
        let key = try folder.onlyDiagnostic(Self.lesson("{image: grey.png, colour: rgb}"))
        #expect(key.location == position(4, 26) && key.message == "unknown key `colour` in input")
        let noPath = try folder.onlyDiagnostic(Self.lesson("{channels: grey}"))
        #expect(noPath.location == position(4, 8) && noPath.message == "`input` as a mapping needs `image`")
    }
}
