import Foundation
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText

/// Prints a lesson as narrated lines, waiting for Enter after each step (q then Enter stops).
enum PlainPlayer {
    /// Runs the narration; `wait` pauses after steps while standard input has lines.
    static func run(_ lesson: Lesson, glyphs: Glyphs, wait: Bool) {
        var waiting = wait
        for entry in PlainNarration(lesson: lesson, glyphs: glyphs).entries() {
            Console.write(entry.text + "\n")
            guard entry.isStep, waiting else { continue }
            guard let answer = readLine(strippingNewline: true) else {
                waiting = false
                continue
            }
            if answer.lowercased() == "q" { return }
        }
    }
}
