import CNNEngine
import LessonModel

/// An image in the code view: the array itself, which is also the output.
extension ImageReading: OperationCode {
    var outputPrefix: String? { nil }

    func comment(stage number: Int) -> String {
        "# The image, \(CodeSnippetPlan.shapeText(image)): each cell is a pixel's intensity."
    }

    func numpyFunctions(backward: Bool) -> [String] { [] }

    func numpyForward(_ v: StageVariables) -> [String] {
        [NumPySnippet.array(v.output, image)]
    }

    func numpyBackward(_ v: StageVariables) -> [String] { [] }

    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] {
        [writer.tensor(v.output, image, gradient: false)]
    }
}
