import Foundation
import TestSupport
import Testing
import TutorCore
import TutorProgress

/// Saving, merging, resetting, damaged files and concurrent writers.
@Suite struct ProgressStoreTests {
    /// Removed, with the store's files, when the test ends.
    let folder: TemporaryDirectory
    /// The store's folder, created by the store itself.
    let directory: String

    init() throws {
        folder = try TemporaryDirectory(prefix: "cnn-tutor-progress")
        directory = folder.path("state")
    }

    @Test func defaultDirectoryFollowsXDGStateHome() {
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/cnn-tutor")
        #expect(ProgressStore.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/cnn-tutor")
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/cnn-tutor")
    }

    @Test func savesAndLoadsAndKeepsTheBestScoreAndCompletion() throws {
        let store = ProgressStore(directory: directory)
        #expect(store.load().progress.isEmpty)
        try store.save(id: "relu", record: LessonProgress(phase: 1, step: 3, completed: true, bestScore: .init(correct: 3, asked: 4)))
        try store.save(id: "relu", record: LessonProgress(phase: 0, step: 1, completed: false, bestScore: .init(correct: 1, asked: 4)))
        let loaded = try #require(store.load().progress["relu"])
        #expect(loaded == LessonProgress(phase: 0, step: 1, completed: true, bestScore: .init(correct: 3, asked: 4)))
    }

    @Test func resetsOneLessonOrAll() throws {
        let store = ProgressStore(directory: directory)
        try store.save(id: "a", record: LessonProgress(phase: 0, step: 1, completed: false))
        try store.save(id: "b", record: LessonProgress(phase: 0, step: 2, completed: false))
        try store.reset(id: "a")
        #expect(Set(store.load().progress.keys) == ["b"])
        try store.reset(id: nil)
        #expect(store.load().progress.isEmpty)
    }

    @Test func aDamagedFileIsSetAsideWithAWarningAndKept() throws {
        let store = ProgressStore(directory: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.filePath))
        let (progress, warning) = store.load()
        #expect(progress.isEmpty)
        #expect(warning?.contains("damaged") == true)
        let kept = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains(".damaged-") }
        #expect(kept.count == 1)
        let keptText = try String(contentsOfFile: directory + "/" + kept[0], encoding: .utf8)
        #expect(keptText == "{ not json")
        try store.save(id: "x", record: LessonProgress(phase: 0, step: 0, completed: true))
        #expect(store.load().progress["x"]?.completed == true)
    }

    @Test func concurrentWritersLoseNothing() async throws {
        let store = ProgressStore(directory: directory)
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    for step in 0..<10 {
                        try? store.save(id: "lesson-\(writer)", record: LessonProgress(phase: 0, step: step, completed: false))
                    }
                }
            }
        }
        let progress = store.load().progress
        #expect(progress.count == 8)
        #expect(progress.values.allSatisfy { $0.step == 9 })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
