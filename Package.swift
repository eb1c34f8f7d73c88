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
        // Lesson files: format, parsing with positions, validation, the built-in library, transcripts.
        .target(name: "CNNLessons", dependencies: ["CNNEngine", "Yams"], plugins: ["EmbedLessons"]),
        // Build-time tool and plugin that compile lessons/*.yaml into CNNLessons.
        .executableTarget(name: "LessonEmbedder"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["LessonEmbedder"]),
        // The tutor as state + update(message) -> effects; no terminal, no clock of its own.
        .target(name: "TutorCore", dependencies: ["CNNEngine", "CNNLessons"]),
        // Saved progress: a JSON file under $XDG_STATE_HOME, locked and written atomically.
        .target(name: "TutorProgress", dependencies: ["TutorCore"]),
        // State -> an in-memory grid of cells (character + semantic style).
        .target(name: "TutorRendering", dependencies: ["TutorCore", "CNNEngine", "CNNLessons"]),
        // ncursesw, wide-character build; only TerminalBackend may import it.
        .systemLibrary(name: "CNCursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The event loop: keys, resizes and ticks into `Tutor.update`, effects out through injected handlers, frames
        // onto a `TerminalDevice`, time from an injected clock; `MemoryTerminal` and `ManualClock` drive it in tests.
        // CNNLessons only for the lesson types in the handlers' signatures (no parsing, no exporting here).
        .target(name: "TutorRuntime", dependencies: ["TutorCore", "TutorRendering", "CNNLessons"]),
        // The only code that touches the terminal: styles, keys, resize, signals, restoring. Its `Terminal` is a
        // `TutorRuntime.TerminalDevice`.
        .target(name: "TerminalBackend", dependencies: ["CNCursesw", "TutorCore", "TutorRendering", "TutorRuntime"]),
        .executableTarget(
            name: "cnn-tutor",
            dependencies: [
                "CNNEngine", "CNNLessons", "TutorCore", "TutorRendering", "TutorRuntime", "TerminalBackend", "TutorProgress",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed and memory figures (release build; see README): `swift build -c release` then
        // `.build/release/cnn-tutor-benchmarks`.
        .executableTarget(
            name: "cnn-tutor-benchmarks", dependencies: ["CNNEngine", "CNNLessons", "TutorCore", "TutorRendering"]),
        .testTarget(name: "CNNEngineTests", dependencies: ["CNNEngine"]),
        .testTarget(
            name: "CNNLessonsTests",
            dependencies: ["CNNLessons", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
            exclude: ["__Snapshots__"]
        ),
        // Seeded mutations of the built-in lessons through the parser and validator (bounded, runs in CI).
        .testTarget(name: "LessonFuzzTests", dependencies: ["CNNLessons"]),
        .testTarget(name: "CodeViewTests", dependencies: ["CNNLessons", "CNNEngine"]),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore"]),
        .testTarget(name: "TutorProgressTests", dependencies: ["TutorProgress"]),
        .testTarget(
            name: "TutorRenderingTests",
            dependencies: ["TutorRendering", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
            exclude: ["__Snapshots__"]
        ),
        // The real event loop on a MemoryTerminal and a ManualClock: menu, play, ticks, export, resize, signals.
        .testTarget(name: "TutorRuntimeTests", dependencies: ["TutorRuntime"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend"]),
        // Drives the real binary in tmux; depends on it so `swift test` builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["cnn-tutor"]),
    ],
    swiftLanguageModes: [.v6]
)
