import CNNEngine
import Foundation
import ImageFiles
import TestSupport
import Testing

/// lessons/images/*.png are exactly what `BuiltinPicture` draws. To regenerate them after changing the
/// drawing code: `CNN_TUTOR_WRITE_PICTURES=1 swift test --filter BuiltinPictureTests`.
@Suite struct BuiltinPictureTests {
    static let folder = packageRoot.appendingPathComponent("lessons/images").path

    @Test(arguments: BuiltinPicture.allCases)
    func committedFileIsTheGeneratorsOutput(picture: BuiltinPicture) throws {
        let path = Self.folder + "/" + picture.fileName
        if ProcessInfo.processInfo.environment["CNN_TUTOR_WRITE_PICTURES"] == "1" {
            try ImageFile.write(picture.draw(), to: path, format: .png, overwrite: true)
        }
        #expect(try ImageFile.read(path) == picture.draw(), "\(picture.fileName) differs from its generator; see the README there")
    }

    @Test func drawingIsDeterministic() {
        for picture in BuiltinPicture.allCases { #expect(picture.draw() == picture.draw()) }
    }

    @Test func houseHasVerticalAndHorizontalEdges() throws {
        let house = BuiltinPicture.house.draw()
        #expect(house.size == ImageSize(height: 64, width: 64) && house.channels == .grey)
        // Count the pixel pairs that differ across a vertical edge (left/right) and a horizontal one (up/down).
        var vertical = 0, horizontal = 0
        for row in 0..<63 {
            for column in 0..<63 {
                let here = house.sample(row: row, column: column, channel: 0)
                if here != house.sample(row: row, column: column + 1, channel: 0) { vertical += 1 }
                if here != house.sample(row: row + 1, column: column, channel: 0) { horizontal += 1 }
            }
        }
        #expect(vertical >= 100 && horizontal >= 100, "vertical \(vertical), horizontal \(horizontal)")
        #expect(Set(house.samples).count >= 6, "several distinct grey levels")
    }

    @Test func quadrantsArePureColours() {
        let quadrants = BuiltinPicture.colourQuadrants.draw()
        #expect(quadrants.size == ImageSize(height: 32, width: 32) && quadrants.channels == .rgb)
        let corners = [(0, 0), (0, 31), (31, 0), (31, 31)].map { position in
            (0..<3).map { quadrants.sample(row: position.0, column: position.1, channel: $0) }
        }
        #expect(corners == [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]])
    }
}
