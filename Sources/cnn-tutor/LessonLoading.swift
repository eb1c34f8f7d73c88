import ArgumentParser
import Foundation
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText

/// Loading lesson arguments (a path or a built-in id) for the subcommands.
enum LessonLoading {
    /// The library reading files from disk: nil when no regular file exists at the path.
    static let library = LessonLibrary { path in
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try readText(path)
    }

    /// The UTF-8 text of the file at `path`, or the reason it cannot be read.
    static func readText(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw FileProblem("no such file") }
        guard !isDirectory.boolValue else { throw FileProblem("it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else { throw FileProblem("permission denied") }
        guard let text = String(data: data, encoding: .utf8) else { throw FileProblem("it is not UTF-8 text") }
        return text
    }

    /// The lesson named by `argument`, or its problems printed on standard error and exit status 1.
    static func loadOrExit(_ argument: String) throws -> Lesson {
        switch library.load(argument) {
        case .success(let lesson):
            return lesson
        case .failure(let error):
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// A reason a file cannot be read.
    struct FileProblem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
