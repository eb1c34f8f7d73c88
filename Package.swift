// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "cnn-tutor",
    products: [
        .executable(name: "cnn-tutor", targets: ["cnn-tutor"]),
        .library(name: "CNNEngine", targets: ["CNNEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    ],
    targets: [
        // Pure math: tensors, convolution, pooling, ReLU, their backward passes and step traces.
        .target(name: "CNNEngine"),
        // The lesson model: lessons, their stages and phases, tensor names, answer keys (no file format, no text).
        .target(name: "LessonModel", dependencies: ["CNNEngine"]),
        // How lessons read as text: glyphs, numbers, step sums, phase titles and narration, the shape coach.
        .target(name: "LessonText", dependencies: ["LessonModel", "CNNEngine"]),
        // Practice: the common mistakes that explain a wrong answer, and typed answers.
        .target(name: "LessonPractice", dependencies: ["LessonText", "LessonModel", "CNNEngine"]),
        // The lesson file format (YAML via Yams): parsing with positions, validation, the built-in library.
        .target(
            name: "LessonFiles",
            dependencies: ["LessonText", "LessonModel", "CNNEngine", "ImageFiles", "Learning", "NetworkFiles", "Yams"],
            plugins: ["EmbedLessons"]),
        // Build-time tool and plugin that compile lessons/*.yaml into LessonFiles.
        .executableTarget(name: "LessonEmbedder"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["LessonEmbedder"]),
        // How tensors look as pictures: each tensor's scale (grey ramp or diverging map centred on 0), the one colour
        // map and the glyph ramps for terminals without colour.
        .target(name: "LessonPictures", dependencies: ["LessonModel", "CNNEngine"]),
        // Transcripts: a lesson written out step by step as text, markdown or JSON.
        .target(name: "LessonExport", dependencies: ["LessonText", "LessonModel", "CNNEngine"]),
        // The code view: runnable NumPy and PyTorch programs that recompute a lesson.
        .target(name: "LessonCode", dependencies: ["LessonText", "LessonModel", "CNNEngine", "Learning"]),
        // Printable handouts: givens, blank grids and blank sums, or the answer key (markdown, HTML).
        .target(name: "Worksheets", dependencies: ["LessonText", "LessonModel", "CNNEngine"]),
        // Seeded random exercises written as lesson files whose answer keys the engine computed and verified.
        .target(name: "ExerciseGenerator", dependencies: ["LessonFiles", "LessonText", "LessonModel", "CNNEngine"]),
        // Grading students' answer files against lessons: scores, sums, diagnosed mistakes (text, CSV, JSON).
        .target(
            name: "Grading", dependencies: ["LessonFiles", "LessonPractice", "LessonText", "LessonModel", "CNNEngine"]),
        // The tutor as state + update(message) -> effects; no terminal, no clock of its own.
        .target(
            name: "TutorCore", dependencies: ["CNNEngine", "LessonModel", "LessonText", "LessonPractice", "LessonCode", "LessonPictures"]),
        // Files written whole or not at all: a temporary file beside the target, then a link or a rename.
        .target(name: "AtomicFiles"),
        // Saved progress: a JSON file under $XDG_STATE_HOME, locked and written atomically.
        .target(name: "TutorProgress", dependencies: ["TutorCore", "AtomicFiles"]),
        // State -> an in-memory grid of cells (character + semantic style).
        .target(name: "TutorRendering", dependencies: ["TutorCore", "CNNEngine", "LessonModel", "LessonText", "LessonPictures"]),
        // A lesson playing as an asciinema v2 recording: the player's own frames, timed by its speed levels.
        .target(
            name: "LessonRecording", dependencies: ["TutorCore", "TutorRendering", "TerminalBackend", "LessonText", "LessonModel"]),
        // ncursesw, wide-character build; only TerminalBackend may import it.
        .systemLibrary(name: "CNCursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The event loop: keys, resizes and ticks into `Tutor.update`, effects out through injected handlers, frames
        // onto a `TerminalDevice`, time from an injected clock; `MemoryTerminal` and `ManualClock` drive it in tests.
        // LessonModel only for the lesson type in the handlers' signatures (no parsing, no exporting here).
        .target(name: "TutorRuntime", dependencies: ["TutorCore", "TutorRendering", "LessonModel"]),
        // The only code that touches the terminal: styles, keys, resize, signals, restoring. Its `Terminal` is a
        // `TutorRuntime.TerminalDevice`.
        .target(name: "TerminalBackend", dependencies: ["CNCursesw", "TutorCore", "TutorRendering", "TutorRuntime", "LessonPictures"]),
        // libpng's simplified API (no setjmp/longjmp); only ImageFiles may import it.
        .systemLibrary(name: "CLibPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        // PNG and netpbm (PGM/PPM) files <-> tensors: reading, converting, downsampling, writing, built-in pictures.
        .target(name: "ImageFiles", dependencies: ["CLibPNG", "CNNEngine", "AtomicFiles"]),
        // Learning: a seeded synthetic digit set, a tiny conv → ReLU → pool → dense → softmax network, deterministic
        // mini-batch SGD that runs in slices, and the weights file. Standard library only.
        .target(name: "Learning", dependencies: ["CNNEngine"]),
        // Weights files on disk: saved atomically, loaded with every check of the format.
        .target(name: "NetworkFiles", dependencies: ["Learning", "AtomicFiles"]),
        // Full-screen learning: the drawing pad (each layer follows the pen) and training with the screen responsive.
        .target(
            name: "DigitPad", dependencies: ["Learning", "CNNEngine", "LessonPictures", "TutorCore", "TutorRendering", "TutorRuntime"]),
        // One digit's forward and backward pass through the tiny network as an ordinary lesson.
        .target(name: "NetworkLessons", dependencies: ["Learning", "LessonModel", "CNNEngine"]),
        .executableTarget(
            name: "cnn-tutor",
            dependencies: [
                "CNNEngine", "LessonModel", "LessonText", "LessonFiles", "LessonExport", "LessonCode", "LessonPractice", "TutorCore",
                "TutorRendering", "TutorRuntime", "TerminalBackend", "TutorProgress", "AtomicFiles", "ImageFiles", "LessonPictures",
                "Worksheets", "ExerciseGenerator", "Grading", "LessonRecording", "Learning", "NetworkFiles", "NetworkLessons", "DigitPad",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed and memory figures (release build; see README): `swift build -c release` then
        // `.build/release/cnn-tutor-benchmarks`.
        .executableTarget(
            name: "cnn-tutor-benchmarks",
            dependencies: [
                "CNNEngine", "LessonModel", "LessonFiles", "LessonExport", "TutorCore", "TutorRendering", "TerminalBackend", "Learning",
            ]),
        // What every test target shares: a seeded generator, temporary folders that are removed, the package root.
        .target(name: "TestSupport", dependencies: ["CNNEngine"], path: "Tests/TestSupport"),
        .testTarget(name: "CNNEngineTests", dependencies: ["CNNEngine"]),
        .testTarget(
            name: "LearningTests", dependencies: ["Learning", "NetworkFiles", "NetworkLessons", "LessonModel", "CNNEngine", "TestSupport"]),
        // Lesson-test helpers: parse YAML text, read diagnostics, load built-ins by id.
        .target(
            name: "LessonTestSupport", dependencies: ["LessonFiles", "LessonModel", "TestSupport"], path: "Tests/LessonTestSupport"),
        .testTarget(name: "LessonModelTests", dependencies: ["LessonModel", "LessonFiles", "LessonTestSupport"]),
        .testTarget(name: "LessonTextTests", dependencies: ["LessonText", "LessonModel", "LessonTestSupport", "TestSupport"]),
        .testTarget(name: "LessonPracticeTests", dependencies: ["LessonPractice", "LessonModel", "LessonText", "LessonTestSupport"]),
        .testTarget(
            name: "LessonFilesTests",
            dependencies: [
                "LessonFiles", "LessonModel", "LessonText", "LessonTestSupport", "TestSupport", "CNNEngine", "Yams", "ImageFiles",
                "Learning",
            ]),
        .testTarget(
            name: "LessonExportTests",
            dependencies: [
                "LessonExport", "LessonFiles", "LessonModel", "LessonText", "LessonTestSupport",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "LessonFuzzTests", dependencies: ["LessonFiles", "LessonModel"]),
        .testTarget(name: "LessonPicturesTests", dependencies: ["LessonPictures", "LessonFiles", "LessonModel", "CNNEngine"]),
        .testTarget(
            name: "CodeViewTests",
            dependencies: ["TestSupport", "LessonCode", "LessonFiles", "LessonModel", "CNNEngine", "ExerciseGenerator", "Learning"]),
        .testTarget(
            name: "ExerciseGeneratorTests",
            dependencies: ["ExerciseGenerator", "LessonFiles", "LessonModel", "LessonText", "CNNEngine", "TestSupport"]),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore", "LessonFiles"]),
        .testTarget(name: "TutorProgressTests", dependencies: ["TestSupport", "TutorProgress"]),
        .testTarget(
            name: "TutorRenderingTests",
            dependencies: [
                "TutorRendering", "LessonFiles", "TestSupport", .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        // The real event loop on a MemoryTerminal and a ManualClock: menu, play, ticks, export, resize, signals.
        .testTarget(name: "TutorRuntimeTests", dependencies: ["TutorRuntime", "LessonFiles", "TestSupport"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "LessonPictures"]),
        .testTarget(
            name: "GradingTests",
            dependencies: [
                "Grading", "ExerciseGenerator", "LessonFiles", "LessonModel", "LessonPractice", "LessonTestSupport", "TestSupport",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["Fixtures", "__Snapshots__"]
        ),
        .testTarget(
            name: "LessonRecordingTests",
            dependencies: [
                "LessonRecording", "LessonFiles", "LessonModel", "LessonText", "TutorCore", "TutorRendering", "LessonTestSupport",
                "TestSupport", .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "WorksheetsTests",
            dependencies: [
                "Worksheets", "LessonFiles", "LessonModel", "LessonText", "LessonTestSupport", "TestSupport", "ImageFiles",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "DigitPadTests",
            dependencies: [
                "DigitPad", "Learning", "CNNEngine", "TutorCore", "TutorRuntime",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]),
        .testTarget(name: "ImageFilesTests", dependencies: ["TestSupport", "ImageFiles", "CNNEngine", "AtomicFiles"]),
        // Drives the real binary in tmux; depends on it so `swift test` builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "cnn-tutor", "ImageFiles"]),
    ],
    swiftLanguageModes: [.v6]
)

// Type metadata through accessor functions, not mangled names the runtime decodes on first use: each decode searches
// every protocol conformance in the process, and the first frame of a picture lesson made dozens (about 0.8 ms of
// it). Not for targets a library product offers, since other packages cannot depend on unsafe flags.
let offeredAsLibraries = Set(package.products.compactMap { $0 as? Product.Library }.flatMap(\.targets))
for target in package.targets
where [.regular, .executable].contains(target.type) && !offeredAsLibraries.contains(target.name) {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
        ]
}
