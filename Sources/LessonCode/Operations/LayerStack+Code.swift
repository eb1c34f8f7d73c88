import CNNEngine
import LessonModel

/// A layer table in the code view: written whole by `CodeSnippet.architectureNumPy` / `architecturePyTorch`,
/// so as a stage it adds no statements.
extension LayerStack: OperationCode {
    var outputPrefix: String? { nil }

    func comment(stage number: Int) -> String {
        "# Stage \(number): a layer table."
    }

    func numpyFunctions(backward: Bool) -> [String] { [] }
    func numpyForward(_ v: StageVariables) -> [String] { [] }
    func numpyBackward(_ v: StageVariables) -> [String] { [] }
    func pytorchForward(_ v: StageVariables, _ writer: PyTorchWriter) -> [String] { [] }
}
