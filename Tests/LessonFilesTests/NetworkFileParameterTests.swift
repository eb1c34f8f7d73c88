import CNNEngine
import Learning
import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// `filters: {network: PATH}` and `weight: {network: PATH}`: a chain lesson takes its convolution and dense layer
/// from a weights file shipped beside it, and every problem with the file is reported at the path.
@Suite("Parameters from a weights file")
struct NetworkFileParameterTests {
    static let shape = NetworkShape(imageSize: 8, filterCount: 2, kernelSize: 3, poolSize: 2, classCount: 10)

    /// A lesson sending `image` through the tiny network's layers, its parameters from `net.weights`.
    static func lesson(_ image: Tensor, label: Int, pool: Int = 2, filtersExtra: String = "") -> String {
        let rows = (0..<8).map { row in "  " + (0..<8).map { String(image.scalars[row * 8 + $0]) }.joined(separator: " ") }
        return """
            id: shipped
            title: T
            op: conv2d
            input: |
            \(rows.joined(separator: "\n"))
            filters: {network: net.weights}\(filtersExtra)
            then:
              - op: relu
              - op: maxpool2d
                size: \(pool)
              - op: flatten
              - op: linear
                weight: {network: net.weights}
              - op: cross_entropy
                target: \(label)

            """
    }

    static func folder(network: TinyNetwork) throws -> ImageInputTests.Folder {
        try ImageInputTests.Folder(["net.weights": Array(WeightFile.encode(network).utf8)])
    }

    @Test("a digit through the shipped network: the lesson's loss is the network's")
    func theLessonComputesWhatTheNetworkComputes() throws {
        let network = TinyNetwork(shape: Self.shape, seed: 5)
        let sample = try #require(try DigitSet(DigitSetConfiguration(size: 8, trainingCount: 10, testCount: 10, seed: 3)).test.first)
        let lesson = try Self.folder(network: network).parse(Self.lesson(sample.image, label: sample.label)).get()
        let pass = try network.forward(sample.image)
        let loss = try SoftmaxCrossEntropy(input: pass.logits, target: .index(sample.label)).forward.result().scalars[0]
        let lessonLoss = try #require(lesson.stages.last?.forward?.result().scalars.first)
        #expect(abs(lessonLoss - loss) <= 1e-12)
        #expect(lesson.stages.first?.forward?.result() == pass.convolution.forward.result())
    }

    @Test("a missing file, a damaged one, a bias beside it and a wrong key are each reported where they are written")
    func problemsArePlacedAtTheirKeys() throws {
        let image = Tensor(zeros: [1, 8, 8])
        let empty = try ImageInputTests.Folder([:])
        // Both keys name the file: each is told, at its path.
        let missing = try #require(empty.parse(Self.lesson(image, label: 1)).diagnostics)
        #expect(missing.map(\.location) == [position(13, 20), position(20, 23)])
        #expect(
            missing.allSatisfy {
                $0.message.hasPrefix("cannot use the weights file: ") && $0.message.hasSuffix("net.weights: no such file")
            })
        let damaged = try ImageInputTests.Folder(["net.weights": Array("cnn-tutor weights 1\nnonsense\n".utf8)])
        let refusals = try #require(damaged.parse(Self.lesson(image, label: 1)).diagnostics)
        #expect(refusals.map(\.location) == [position(13, 20), position(20, 23)])
        let folder = try Self.folder(network: TinyNetwork(shape: Self.shape, seed: 5))
        let bias = try folder.onlyDiagnostic(Self.lesson(image, label: 1, filtersExtra: "\nbias: 0"))
        #expect(bias.location == position(14, 7))
        #expect(bias.message == "`bias` comes from the weights file with `filters`")
        let key = try folder.onlyDiagnostic(
            Self.lesson(image, label: 1).replacingOccurrences(of: "filters: {network:", with: "filters: {file:"))
        #expect(key.location == position(13, 11))
        #expect(key.message.hasPrefix("unknown key `file`"))
        let noPath = try folder.onlyDiagnostic(
            Self.lesson(image, label: 1).replacingOccurrences(of: "filters: {network: net.weights}", with: "filters: {}"))
        #expect(noPath.location == position(13, 10))
        #expect(noPath.message == "`filters: {}` names no weights file")
    }

    @Test("a chain that does not fit the network is refused at the dense layer's weight")
    func aChainThatDoesNotFitIsRefused() throws {
        let folder = try Self.folder(network: TinyNetwork(shape: Self.shape, seed: 5))
        let diagnostic = try folder.onlyDiagnostic(Self.lesson(Tensor(zeros: [1, 8, 8]), label: 1, pool: 1))
        #expect(diagnostic.location == position(20, 13))
        #expect(diagnostic.message.contains("linear"))
    }
}

extension Result<Lesson, LessonErrors> {
    /// The problems of a lesson that did not parse; nil if it did.
    fileprivate var diagnostics: [LessonDiagnostic]? {
        guard case .failure(let errors) = self else { return nil }
        return errors.diagnostics
    }
}
