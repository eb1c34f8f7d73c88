import CNNEngine
import Foundation
import LessonCode
import LessonFiles
import LessonModel
import TestSupport
import Testing

/// The PyTorch snippets: deterministic, valid Python, written with the lesson's geometry, values and backward
/// call, and, where PyTorch imports (`CNN_TUTOR_PYTHON` names such an interpreter), run and compared with the
/// engine. CI does not install PyTorch, so there the last check is skipped.
@Suite("PyTorch snippets")
struct PyTorchSnippetTests {
    /// Every lesson the tests know: the built-ins, then the ones made in code.
    static func allLessons() throws -> [Lesson] {
        try BuiltinLessons.all() + CodeLessons.names.map(CodeLessons.lesson)
    }

    @Test("a lesson parsed or made twice gives the same text, NumPy and PyTorch alike")
    func deterministic() throws {
        for (first, second) in zip(try Self.allLessons(), try Self.allLessons()) {
            #expect(CodeSnippet.pytorch(first) == CodeSnippet.pytorch(second), "\(first.id)")
            #expect(CodeSnippet.numpy(first) == CodeSnippet.numpy(second), "\(first.id)")
        }
    }

    @Test(
        "every snippet runs under PyTorch and prints the engine's numbers",
        .enabled(if: PythonRunner.hasTorch, "PyTorch does not import (set CNN_TUTOR_PYTHON to a Python that has it)"))
    func runsUnderPyTorch() throws {
        for lesson in try Self.allLessons() {
            let output = try PythonRunner.output(ofScript: CodeSnippet.pytorch(lesson), named: lesson.id)
            let json = try SnippetResults.json(output)
            if case .architecture(let stack) = lesson.stages.first {
                try ArchitectureTable.expectMatches(json, stack)
            } else {
                SnippetResults.expectMatches(json, lesson)
            }
        }
    }

    @Test("every snippet is valid Python (ast.parse)", .enabled(if: PythonRunner.hasPython, "python3 is not on the PATH"))
    func parsesAsPython() throws {
        let lessons = try Self.allLessons()
        var sources: [String] = []
        for lesson in lessons { sources += [CodeSnippet.pytorch(lesson), CodeSnippet.numpy(lesson)] }
        let payload = try JSONSerialization.data(withJSONObject: sources)
        let checker = """
            import ast, base64, json
            for index, source in enumerate(json.loads(base64.b64decode("\(payload.base64EncodedString())"))):
                try:
                    ast.parse(source)
                except SyntaxError as error:
                    print(f"snippet {index}: {error}")
            print("checked")
            """
        let output = try PythonRunner.output(ofScript: checker, named: "syntax-check")
        #expect(output == "checked\n", "\(output)")
    }

    @Test("asymmetric padding, stride (2, 1) and dilation 2 reach F.conv2d; full-precision values; backward")
    func convolutionGeometry() throws {
        let lesson = try CodeLessons.lesson("asymmetric-dilated-strided")
        let text = CodeSnippet.pytorch(lesson)
        #expect(text.contains("import torch.nn.functional as F"))
        #expect(text.contains("z1 = F.conv2d(F.pad(x, (0, 3, 1, 2)).unsqueeze(0), w1, b1, stride=(2, 1), dilation=(2, 2))[0]"))
        #expect(text.contains("x = torch.tensor([[["))
        #expect(text.contains("dtype=torch.float64, requires_grad=True)"))
        #expect(text.contains("z1.backward(grad_output)"))
        for key in ["grad_input\"] = x.grad", "grad_filters\"] = w1.grad", "grad_bias\"] = b1.grad"] {
            #expect(text.contains("results[\"\(key).tolist()"), "\(key)")
        }
        guard case .convolution(let conv) = lesson.stages[0], let gradOutput = lesson.gradOutput else {
            Issue.record("not a convolution lesson with grad_output")
            return
        }
        for value in conv.input.scalars + conv.filters.scalars + conv.bias.scalars + gradOutput.scalars {
            #expect(text.contains("\(value)"), "\(value) is not written at full precision")
        }
    }

    @Test("pooling: -inf padding for max, count_include_pad for average, symmetric padding as padding=")
    func poolingGeometry() throws {
        let chain = CodeSnippet.pytorch(try CodeLessons.lesson("conv-relu-maxpool-chain"))
        #expect(chain.contains("a2 = F.relu(z1)"))
        #expect(
            chain.contains(
                "p3 = F.max_pool2d(F.pad(a2, (1, 0, 1, 0), value=float(\"-inf\")).unsqueeze(0), kernel_size=(2, 3), stride=(2, 1))[0]"))
        // `same` with a 2×3 kernel dilated (1, 2): rows need 1 cell (after), columns 4 (2 and 2).
        #expect(chain.contains("z1 = F.conv2d(F.pad(x, (2, 2, 0, 1)).unsqueeze(0), w1, b1, stride=(1, 1), dilation=(1, 2))[0]"))
        #expect(chain.contains("p3.backward(grad_output)"))
        let average = CodeSnippet.pytorch(try CodeLessons.lesson("avgpool-first"))
        #expect(
            average.contains(
                "p1 = F.avg_pool2d(x.unsqueeze(0), kernel_size=(3, 3), stride=(2, 1), padding=(1, 1), count_include_pad=True)[0]"))
        #expect(average.contains("results[\"grad_input\"] = x.grad.tolist()"))
        #expect(!average.contains("w1.grad"))
        let forwardOnly = CodeSnippet.pytorch(try CodeLessons.lesson("forward-only-chain"))
        #expect(!forwardOnly.contains("backward"))
        #expect(!forwardOnly.contains("requires_grad"))
        #expect(forwardOnly.contains("F.max_pool2d(a2.unsqueeze(0), kernel_size=(2, 2), stride=(2, 2), padding=(1, 1))[0]"))
    }

    @Test("a lesson without a bias gets zeros so dL/db still shows")
    func missingBias() throws {
        let lesson = try #require(try BuiltinLessons.lesson(id: "backward-stride-two")?.get())
        #expect(CodeSnippet.pytorch(lesson).contains("b1 = torch.zeros(1, dtype=torch.float64, requires_grad=True)"))
        #expect(CodeSnippet.numpy(lesson).contains("b1 = np.zeros(1)"))
    }

    @Test("an architecture lesson builds nn layers and prints its table")
    func architecture() throws {
        let lesson = try #require(try BuiltinLessons.lesson(id: "toy-convnet")?.get())
        let text = CodeSnippet.pytorch(lesson)
        #expect(text.contains("(\"CONV1 (f=5, s=1)\", nn.Conv2d(3, 8, kernel_size=(5, 5), stride=(1, 1), dilation=(1, 1))),"))
        #expect(text.contains("nn.MaxPool2d(kernel_size=(2, 2), stride=(2, 2))"))
        #expect(text.contains("nn.Sequential(nn.Flatten(), nn.Linear(400, 120))"))
        #expect(text.contains("nn.Sequential(nn.Linear(84, 26), nn.Softmax(dim=1))"))
        #expect(text.contains("print(json.dumps({\"table\": table}))"))
    }
}
