import LessonModel
import TutorCore
import TutorRendering

/// One frame the player draws and when it is drawn.
public struct RecordedFrame: Sendable {
    /// Milliseconds from the start.
    public let milliseconds: Int
    /// The screen.
    public let grid: CellGrid
}

/// A lesson played from start to end by the tutor itself: `Tutor.update` with the keys a student presses (speed,
/// then play) and the ticks it asks for, each frame drawn by `Renderer.render`. No terminal and no clock: time
/// is the sum of the delays the ticks were scheduled with.
enum LessonPlayback {
    /// Every frame, the first at 0 ms; the last is the end of the lesson (or of the time limit).
    static func frames(of lesson: Lesson, options: RecordingOptions) -> (frames: [RecordedFrame], complete: Bool) {
        var state = TutorState(playing: lesson, menuLessons: [], size: options.size)
        let level = min(max(options.speedLevel, 0), Speed.intervals.count - 1)
        for _ in 0..<Speed.intervals.count { _ = Tutor.update(&state, .key(.character("-"))) }
        for _ in 0..<level { _ = Tutor.update(&state, .key(.character("+"))) }
        var frames = [RecordedFrame(milliseconds: 0, grid: Renderer.render(state, options: options.render))]
        var effects = Tutor.update(&state, .key(.character("p")))
        var now = 0
        frames.append(RecordedFrame(milliseconds: now, grid: Renderer.render(state, options: options.render)))
        while let (generation, delay) = nextTick(in: effects) {
            guard now + delay <= options.limitMilliseconds else { return (frames, false) }
            now += delay
            effects = Tutor.update(&state, .tick(generation: generation))
            frames.append(RecordedFrame(milliseconds: now, grid: Renderer.render(state, options: options.render)))
        }
        return (frames, true)
    }

    private static func nextTick(in effects: [Effect]) -> (generation: Int, delay: Int)? {
        for effect in effects {
            if case .scheduleTick(let generation, let delay) = effect { return (generation, delay) }
        }
        return nil
    }
}
