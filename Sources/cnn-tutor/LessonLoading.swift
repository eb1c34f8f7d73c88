import ArgumentParser
import Foundation
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText

/// Loading lesson arguments (a path or a built-in id) for the subcommands.
enum LessonLoading {
    /// The library reading files from disk: nil when nothing exists at the path. Whether something does is asked
    /// of the system directly: setting up Foundation's FileManager costs a tenth of a millisecond, which a built-in
    /// lesson's id (no file of that name) would otherwise pay on the way to its first frame.
    static let library = LessonLibrary(
        readFile: { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return try readText(path)
        },
        listFolder: { try? FileManager.default.contentsOfDirectory(atPath: $0) })

    /// The UTF-8 text of the file at `path`, or the reason it cannot be read (a folder, no permission, not UTF-8).
    static func readText(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw FileProblem("no such file") }
        guard !isFolder(path) else { throw FileProblem("it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else { throw FileProblem("permission denied") }
        guard let text = String(data: data, encoding: .utf8) else { throw FileProblem("it is not UTF-8 text") }
        return text
    }

    /// Whether `path` is a folder.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The lesson files (`*.yaml`, `*.yml`) directly in `folder`, sorted by name, as paths; nil if it cannot be listed.
    static func lessonFiles(inFolder folder: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return names.filter(LessonLibrary.isLessonFileName).sorted().map { prefix + $0 }.filter { !isFolder($0) }
    }

    /// The lesson named by `argument`, or its problems printed on standard error and exit status 1.
    static func loadOrExit(_ argument: String) throws -> Lesson {
        try readOrExit(argument).lesson
    }

    /// The lesson named by `argument` with its warnings, or its problems printed on standard error and exit status 1.
    static func readOrExit(_ argument: String) throws -> ParsedLesson {
        try parsedOrExit(library.read(argument))
    }

    /// The lesson `reading` gave, or its problems printed on standard error and exit status 1.
    static func lessonOrExit(_ reading: Result<ParsedLesson, LessonLoadError>) throws -> Lesson {
        try parsedOrExit(reading).lesson
    }

    /// The parsed lesson `reading` gave, or its problems printed on standard error and exit status 1.
    private static func parsedOrExit(_ reading: Result<ParsedLesson, LessonLoadError>) throws -> ParsedLesson {
        switch reading {
        case .success(let parsed):
            return parsed
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
