import Foundation

// Writes a Swift file holding each lesson file's name and text: `LessonEmbedder OUTPUT FILE...`.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: LessonEmbedder OUTPUT FILE...\n".utf8))
    exit(2)
}
var source = "// Generated from lessons/*.yaml by the EmbedLessons plugin. Do not edit.\n"
source += "enum EmbeddedLessons {\n    static let files: [(name: String, text: String)] = [\n"
for path in arguments.dropFirst() {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("LessonEmbedder: cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    let name = URL(fileURLWithPath: path).lastPathComponent
    source += "        (\"\(name)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("LessonEmbedder: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
