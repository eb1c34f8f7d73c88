import CNNEngine
import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// An architecture table's new layer keys: each read into the layer's spec with PyTorch's defaults, each mistake
/// reported at the key it is about.
@Suite("Parser: architecture layers")
struct ArchitectureLayerKeyTests {
    /// A lesson over an 8×8×4 input with `layers` as written (one flow mapping per line).
    static func table(_ layers: String...) -> String {
        "id: x\ntitle: T\nop: architecture\ninput_shape: [8, 8, 4]\nlayers:\n" + layers.map { "  - \($0)\n" }.joined()
    }

    private static func specs(_ yaml: String) throws -> [LayerSpec] {
        guard case .architecture(let stack) = try LessonTestSupport.lesson(yaml).stages[0] else { throw NotATable() }
        return stack.layers.map(\.spec)
    }

    @Test("conv reads dilation and groups; conv_transpose, pooling options and activations reach the spec")
    func everyKeyReachesTheSpec() throws {
        let specs = try Self.specs(
            Self.table(
                "{type: conv, filters: 8, size: 3, dilation: 2, groups: 4, padding: same}",
                "{type: relu}",
                "{type: conv_transpose, filters: 4, size: [3, 2], stride: 2, padding: 1, output_padding: [1, 0], dilation: 1, groups: 2}",
                "{type: sigmoid}",
                "{type: maxpool, size: 3, stride: 2, padding: 1, dilation: 2, ceil_mode: true}",
                "{type: avgpool, size: 2, ceil_mode: yes, count_include_pad: false}"))
        #expect(
            specs == [
                .convolution(filters: 8, kernel: Pair(3), stride: Pair(1), padding: .same, dilation: Pair(2), groups: 4),
                .activation(.relu),
                .transposedConvolution(
                    filters: 4, kernel: Pair(rows: 3, columns: 2), stride: Pair(2), padding: Pair(1),
                    outputPadding: Pair(rows: 1, columns: 0), dilation: Pair(1), groups: 2),
                .activation(.sigmoid),
                .pooling(kind: .max, size: Pair(3), stride: Pair(2), padding: .explicit(Padding(1)), dilation: Pair(2), ceilMode: true),
                .pooling(kind: .average, size: Pair(2), stride: Pair(2), padding: .valid, ceilMode: true, countIncludePad: false),
            ])
    }

    @Test("groups that do not divide the channels coming in are reported at `groups`")
    func groupsNotDividingChannels() throws {
        // The input has 4 channels, which 3 groups cannot split (the 6 filters they could): the value of `groups` is named.
        let diagnostic = try LessonTestSupport.onlyDiagnostic(Self.table("{name: DW, type: conv, filters: 6, size: 3, groups: 3}"))
        #expect(diagnostic.location == position(6, 57))
        #expect(diagnostic.message.hasPrefix("layer DW: the input has 4 channel(s), which do not split into 3 groups"))
        #expect(diagnostic.hint?.contains("groups must divide") == true)
    }

    @Test("groups that do not divide the filters are reported at `groups`, on a transposed layer too")
    func groupsNotDividingFilters() throws {
        let conv = try LessonTestSupport.onlyDiagnostic(Self.table("{type: conv, filters: 6, size: 1, groups: 4}"))
        #expect(conv.location == position(6, 47))
        #expect(conv.message.hasPrefix("layer CONV: there are 6 filter(s), which do not split into 4 groups"))
        let transposed = try LessonTestSupport.onlyDiagnostic(Self.table("{type: conv_transpose, filters: 3, size: 2, groups: 2}"))
        #expect(transposed.location == position(6, 57))
        #expect(transposed.message.hasPrefix("layer CONV_TRANSPOSE: there are 3 filter(s)"))
    }

    @Test("output_padding not below the stride or the dilation is reported at `output_padding`")
    func outputPaddingTooLarge() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            Self.table("{type: conv_transpose, filters: 1, size: 3, stride: 2, output_padding: 2}"))
        #expect(diagnostic.location == position(6, 76))
        #expect(diagnostic.message.hasPrefix("layer CONV_TRANSPOSE: "))
    }

    @Test("a transposed layer's padding must be the same on both sides, as in PyTorch")
    func transposedPaddingIsSymmetric() throws {
        let same = try LessonTestSupport.onlyDiagnostic(Self.table("{type: conv_transpose, filters: 1, size: 3, padding: same}"))
        #expect(same.location == position(6, 58))
        #expect(same.message == "a conv_transpose layer takes padding as n or [rows, cols], the same on both sides")
    }

    @Test("pooling padding that leaves a window only in padding is reported at `padding`")
    func poolPaddingTooLarge() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(Self.table("{type: avgpool, size: 2, padding: 2}"))
        #expect(diagnostic.location == position(6, 39))
        #expect(diagnostic.message.hasPrefix("layer AVGPOOL: "))
    }

    @Test("a key another layer type takes is an error at that key, with the keys this type takes")
    func keyOfAnotherType() throws {
        let relu = try LessonTestSupport.onlyDiagnostic(Self.table("{type: relu, units: 3}"))
        #expect(relu.location == position(6, 25))
        #expect(relu.message == "`units` does not apply to a relu layer")
        #expect(relu.hint == "a relu layer takes: no other keys")
        let avgpool = try LessonTestSupport.onlyDiagnostic(Self.table("{type: avgpool, size: 2, dilation: 2}"))
        #expect(avgpool.location == position(6, 40))
        #expect(avgpool.message == "`dilation` does not apply to a avgpool layer")
        #expect(avgpool.hint == "a avgpool layer takes: size, stride, padding, ceil_mode, count_include_pad")
        let maxpool = try LessonTestSupport.onlyDiagnostic(Self.table("{type: maxpool, size: 2, count_include_pad: false}"))
        #expect(maxpool.message == "`count_include_pad` does not apply to a maxpool layer")
    }

    @Test("an unreadable value is reported once, at its key, and the layer is not checked with a default")
    func unreadableValues() throws {
        let groups = try LessonTestSupport.onlyDiagnostic(Self.table("{type: conv, filters: 4, size: 1, groups: 0}"))
        #expect(groups.location == position(6, 47))
        #expect(groups.message == "groups is 0 but must be between 1 and 4096")
        let ceil = try LessonTestSupport.onlyDiagnostic(Self.table("{type: maxpool, size: 2, ceil_mode: maybe}"))
        #expect(ceil.location == position(6, 41))
        #expect(ceil.message == "must be true or false")
        let dilation = try LessonTestSupport.onlyDiagnostic(Self.table("{type: conv, filters: 1, size: 3, dilation: 0}"))
        #expect(dilation.location == position(6, 49))
    }

    @Test("a convolution after flatten is reported at its `type`, with where it belongs")
    func convolutionAfterFlatten() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(Self.table("{type: flatten}", "{type: conv, filters: 1, size: 1}"))
        #expect(diagnostic.location == position(7, 12))
        #expect(diagnostic.hint?.hasPrefix("a convolution or pooling layer needs an H×W×C activation") == true)
    }

    private struct NotATable: Error {}
}
