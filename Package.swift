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
    ],
    targets: [
        // Pure math: tensors, convolution, pooling, ReLU, their backward passes and step traces.
        .target(name: "CNNEngine"),
        // ncursesw, wide-character build; only the terminal backend may import it.
        .systemLibrary(
            name: "CNCursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .executableTarget(
            name: "cnn-tutor",
            dependencies: [
                "CNNEngine",
                "CNCursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CNNEngineTests", dependencies: ["CNNEngine"]),
    ],
    swiftLanguageModes: [.v6]
)
