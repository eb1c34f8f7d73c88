import Foundation

// Writes a Swift file holding each lesson file's name and text, and each picture's name and bytes (as
// hexadecimal text, which compiles far faster than an array literal): `LessonEmbedder OUTPUT FILE...`.
// Files ending in .yaml are lessons; any other file is a picture from lessons/images.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: LessonEmbedder OUTPUT FILE...\n".utf8))
    exit(2)
}
let paths = arguments.dropFirst()
var source = "// Generated from lessons/*.yaml and lessons/images by the EmbedLessons plugin. Do not edit.\n"
source += "enum EmbeddedLessons {\n    static let files: [(name: String, text: String)] = [\n"
for path in paths where path.hasSuffix(".yaml") {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("LessonEmbedder: cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    let name = URL(fileURLWithPath: path).lastPathComponent
    source += "        (\"\(name)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n\n    static let images: [(name: String, hex: String)] = [\n"
let digits = Array("0123456789abcdef".utf8)
for path in paths where !path.hasSuffix(".yaml") {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("LessonEmbedder: cannot read \(path)\n".utf8))
        exit(1)
    }
    var hex: [UInt8] = []
    hex.reserveCapacity(data.count * 2)
    for byte in data { hex += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
    let name = URL(fileURLWithPath: path).lastPathComponent
    source += "        (\"\(name)\", \"\(String(decoding: hex, as: UTF8.self))\"),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("LessonEmbedder: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
