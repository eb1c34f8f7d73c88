import ArgumentParser
import AtomicFiles
import Learning
import LessonExport
import LessonModel
import LessonText
import NetworkLessons
import TutorCore

/// `cnn-tutor digit`: one synthetic digit through the tiny network, forward and backward, as a lesson.
struct DigitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digit",
        abstract: "Open one synthetic digit's forward and backward pass through the tiny network as a lesson.",
        discussion: """
            The digit is image INDEX (from 0) of the training set (or, with --test, of the test set) that `train` \
            draws with the same --seed and --size. Use --load to see it through trained weights.
            """)

    @Argument(help: "The image's position in its set, from 0.")
    var index: Int

    @Flag(help: "Take the image from the held-out test set.")
    var test = false

    @OptionGroup var digits: DigitOptions

    @OptionGroup var display: DisplayOptions

    @Flag(help: "Plain narrated mode: one line per step (see `play --plain`).")
    var plain = false

    @Option(help: "Write the lesson's transcript (text, markdown or json) instead of playing it.")
    var export: ExportFormat?

    mutating func run() throws {
        let set = try digits.digits(), samples = test ? set.test : set.training
        guard samples.indices.contains(index) else {
            throw ValidationError("there are \(samples.count) \(test ? "test" : "training") images: INDEX is 0 to \(samples.count - 1)")
        }
        let split = test ? "test" : "training"
        let lesson = try NetworkLesson.lesson(
            network: try digits.network(), sample: samples[index], id: "digit-\(split)-\(index)",
            title: "Digit \(samples[index].label) (\(split) image \(index)) through the tiny network")
        if let export {
            guard let format = export.transcript else { throw ValidationError("--export writes text, markdown or json") }
            Console.write(Transcript(lesson: lesson, glyphs: display.ascii ? .ascii : .unicode).render(format))
        } else if plain {
            PlainPlayer.run(lesson, glyphs: display.ascii ? .ascii : .unicode, wait: true)
        } else {
            try InteractiveSession.run(
                { size, progress in
                    TutorState(playing: lesson, menu: .builtin, size: size, practice: nil, progress: progress)
                }, display: display.display)
        }
    }
}
