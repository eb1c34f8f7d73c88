import Foundation
import ImageFiles
import LessonExport
import LessonModel
import LessonPictures
import LessonText

/// `export --pictures DIR`: the lesson's input and every result as PNG files in DIR, and the links a markdown
/// transcript gives them.
enum PictureExport {
    /// Why the pictures could not be written.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes the pictures of `lesson` into `folder` (created if needed; existing files replaced only with
    /// `overwrite`) and returns their links, relative to the folder of `transcriptPath` (the working directory
    /// when the transcript goes to standard output).
    static func write(
        _ lesson: Lesson, to folder: String, transcriptPath: String?, overwrite: Bool, glyphs: Glyphs
    ) throws(Failure) -> TranscriptPictures {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(folder): \(error.localizedDescription)")
        }
        let set = LessonPictureSet(lesson: lesson) { NumberText.format($0, glyphs: glyphs) }
        let base =
            transcriptPath.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var input: [TranscriptPictures.Link] = [], phases: [Int: [TranscriptPictures.Link]] = [:]
        for picture in set.pictures {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(picture.fileName).path
            guard
                let image = RasterImage(
                    size: ImageSize(height: picture.height, width: picture.width), channels: picture.isColour ? .rgb : .grey,
                    maxValue: 255, samples: picture.samples.map(UInt16.init))
            else { throw Failure(description: "cannot make a picture of \(picture.fileName)") }
            do {
                try ImageFile.write(image, to: path, format: .png, overwrite: overwrite)
            } catch {
                throw Failure(description: "\(path): \(error)" + (overwrite ? "" : " (use --force to replace it)"))
            }
            let link = TranscriptPictures.Link(caption: glyphs.text(picture.caption), path: relativePath(from: base, to: path))
            if let phase = picture.phase { phases[phase, default: []].append(link) } else { input.append(link) }
        }
        return TranscriptPictures(input: input, phases: phases)
    }

    /// `target` as a path relative to the folder `base` (`../pictures/a.png`).
    static func relativePath(from base: URL, to target: String) -> String {
        let from = base.standardizedFileURL.pathComponents, to = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        let common = zip(from, to).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - common) + to.dropFirst(common)).joined(separator: "/")
    }
}
