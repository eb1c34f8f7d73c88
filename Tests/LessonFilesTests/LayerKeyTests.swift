import CNNEngine
import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// The keys of the layers after convolution: each problem placed at the key it is about.
@Suite("Parser: linear, losses, groups and pooling options")
struct LayerKeyTests {
    @Test("a lesson ending in a loss computes its own dL/dO (dL/dL = 1) and refuses grad_output")
    func lossStartsTheBackwardPass() throws {
        let lesson = try LessonTestSupport.lesson(
            "id: x\ntitle: T\nop: sigmoid\ninput: [0, 1]\nthen:\n  - op: mse_loss\n    target: [1, 1]\n")
        #expect(lesson.gradOutput?.scalars == [1])
        #expect(lesson.phases.map(\.kind) == [.forward, .forward, .gradInput, .gradInput])
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            "id: x\ntitle: T\nop: softmax\ninput: [0, 1]\nthen:\n  - op: cross_entropy\n    target: 1\ngrad_output: [1]\n")
        #expect(diagnostic.location == position(8, 14))
        #expect(diagnostic.message == "a lesson that ends in a loss computes dL/dO itself")
    }

    @Test("linear: a weight whose rows do not match the input's length is reported at `weight`")
    func weightColumns() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: linear\ninput: [1, 2, 3]\nweight: [[1, 2]]\n")
        #expect(diagnostic.location.line == 5)
        #expect(diagnostic.message.hasPrefix("linear: "))
    }

    @Test("targets: a class out of range and an MSE target of the wrong length")
    func targets() throws {
        let outOfRange = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: cross_entropy\ninput: [1, 2]\ntarget: 2\n")
        #expect(outOfRange.message.hasPrefix("cross_entropy: "))
        let wrongLength = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: mse_loss\ninput: [1, 2]\ntarget: [1, 2, 3]\n")
        #expect(wrongLength.location == position(5, 9))
        #expect(wrongLength.message == "target has 3 values but the prediction has 2 (2)")
    }

    @Test("groups and pooling options reach the engine")
    func optionsReachTheEngine() throws {
        let depthwise = try LessonTestSupport.lesson(
            "id: x\ntitle: T\nop: conv2d\ngroups: 2\ninput: |\n  1 2\n  3 4\n\n  5 6\n  7 8\nfilters: [[[[1]]], [[[2]]]]\n")
        guard case .convolution(let conv) = depthwise.stages[0] else { throw LessonErrors([]) }
        #expect(conv.groups == 2)
        // Filter 2 reads channel 2 only: 2·(5, 6, 7, 8).
        #expect(depthwise.results()[.output]?.scalars == [1, 2, 3, 4, 10, 12, 14, 16])
        let ceil = try LessonTestSupport.lesson(
            "id: x\ntitle: T\nop: maxpool2d\nsize: 2\nceil_mode: true\ninput: |\n  1 2 3\n  4 5 6\n  7 8 9\n")
        // ⌈(3 − 2) / 2⌉ + 1 = 2 windows per side; the last hangs past the input and takes what it covers.
        #expect(ceil.results()[.output]?.scalars == [5, 6, 8, 9])
    }
}
