import Foundation
import PackagePlugin

/// Compiles `lessons/*.yaml` into the target as Swift string literals, and the pictures they read
/// (`lessons/images/*.png`, `.pgm`, `.ppm`) as hexadecimal text, so the built-in lessons travel inside the
/// binary while `lessons/` stays their only source.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessons = context.package.directoryURL.appending(path: "lessons")
        let files = try FileManager.default.contentsOfDirectory(at: lessons, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let imageFolder = lessons.appending(path: "images")
        let images = ((try? FileManager.default.contentsOfDirectory(at: imageFolder, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["png", "pgm", "ppm"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) built-in lessons and \(images.count) pictures",
                executable: try context.tool(named: "LessonEmbedder").url,
                arguments: [output.path] + files.map(\.path) + images.map(\.path),
                inputFiles: files + images,
                outputFiles: [output])
        ]
    }
}
