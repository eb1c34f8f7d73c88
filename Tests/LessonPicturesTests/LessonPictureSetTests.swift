import CNNEngine
import LessonFiles
import LessonModel
import LessonPictures
import Testing

/// A lesson's pictures for `export --pictures`: which tensors, their files, captions and pixels.
@Suite struct LessonPictureSetTests {
    static func builtin(_ id: String) throws -> Lesson {
        try #require(BuiltinLessons.lesson(id: id)).get()
    }

    @Test func theInputThenEveryPlaneOfEveryResult() throws {
        let set = LessonPictureSet(lesson: try Self.builtin("house-edges")) { String($0) }
        #expect(
            set.pictures.map(\.fileName) == [
                "house-edges-input.png", "house-edges-phase1-1.png", "house-edges-phase1-2.png", "house-edges-phase2-1.png",
                "house-edges-phase2-2.png", "house-edges-phase3-1.png", "house-edges-phase3-2.png",
            ])
        #expect(set.pictures.map(\.phase) == [nil, 0, 0, 1, 1, 2, 2])
        #expect(set.pictures[0].caption == "X, 64×64, 0.0 … 255.0 (black … white)")
        #expect(set.pictures[1].caption == "Z [1/2], 62×62, -700.0 … 0.0 … 700.0 (blue, white, red)")
    }

    @Test func pixelsAreTheTensorsTonesEnlargedToAtLeast128() throws {
        let lesson = try Self.builtin("vertical-edges")
        let set = LessonPictureSet(lesson: lesson) { String($0) }
        let input = try #require(set.pictures.first), output = try #require(set.pictures.last)
        // 6×6 values, each a 21×21 block (128 / 6 = 21): 126 pixels a side, grey.
        #expect(input.height == 126 && input.width == 126 && !input.isColour && input.samples.count == 126 * 126)
        // X₁,₁ = 3 of 0 … 9 is 3/9 of white: 85; X₆,₆ = 9 is white.
        #expect(input.samples[0] == 85 && input.samples[20] == 85 && input.samples[21] == 0 && input.samples.last == 255)
        // Z is signed, −16 … 16: Z₁,₁ = −5 is (175, 175, 255), Z₄,₄ = −16 full blue; 4×4 values in 32×32 blocks.
        #expect(output.isColour && output.width == 128 && output.height == 128)
        #expect(Array(output.samples.prefix(3)) == [175, 175, 255] && Array(output.samples.suffix(3)) == [0, 0, 255])
    }

    @Test func aColourImageInputIsOneColourPicture() throws {
        let set = LessonPictureSet(lesson: try Self.builtin("colour-channels")) { String($0) }
        let input = try #require(set.pictures.first)
        #expect(input.isColour && input.fileName == "colour-channels-input.png")
        // The top-left quadrant is red: (255, 0, 0); the bottom-right white.
        #expect(Array(input.samples.prefix(3)) == [255, 0, 0] && Array(input.samples.suffix(3)) == [255, 255, 255])
        #expect(set.pictures.count == 2)
    }
}
