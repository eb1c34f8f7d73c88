import CNNEngine
import Learning
import Testing

/// The synthetic digits: seeded, balanced, in range, with a test split of their own.
@Suite struct DigitSetTests {
    @Test func theSameSeedDrawsTheSameImagesAndAnotherSeedDoesNot() throws {
        let configuration = DigitSetConfiguration(size: 10, trainingCount: 40, testCount: 20, seed: 7)
        let first = try DigitSet(configuration), second = try DigitSet(configuration)
        #expect(first.training == second.training)
        #expect(first.test == second.test)
        var other = configuration
        other.seed = 8
        let third = try DigitSet(other)
        #expect(third.training != first.training)
    }

    @Test(arguments: [(2000, 200), (40, 4)])
    func classesAreExactlyBalanced(count: Int, perClass: Int) throws {
        let set = try DigitSet(DigitSetConfiguration(trainingCount: count, testCount: 10 * perClass / 2 + 10, seed: 3))
        for digit in 0..<10 {
            #expect(set.training.filter { $0.label == digit }.count == perClass, "digit \(digit)")
        }
    }

    @Test func aCountThatIsNotAMultipleOfTenGivesTheFirstDigitsOneMore() throws {
        let set = try DigitSet(DigitSetConfiguration(trainingCount: 23, testCount: 10, seed: 3))
        let counts = (0..<10).map { digit in set.training.filter { $0.label == digit }.count }
        #expect(counts == [3, 3, 3, 2, 2, 2, 2, 2, 2, 2])
    }

    @Test func theOrderIsShuffledNotLabelByLabel() throws {
        let set = try DigitSet(DigitSetConfiguration(trainingCount: 100, testCount: 10, seed: 5))
        #expect(set.training.map(\.label) != (0..<100).map { $0 % 10 })
    }

    @Test(arguments: [8, 12, 16])
    func imagesHaveTheSizeAskedForAndValuesInZeroToOne(size: Int) throws {
        let set = try DigitSet(DigitSetConfiguration(size: size, trainingCount: 30, testCount: 10, seed: 11, noise: 0.3))
        for sample in set.training + set.test {
            #expect(sample.image.shape == [1, size, size])
            #expect(sample.image.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
            #expect(sample.image.scalars.contains { $0 > 0.5 }, "every digit leaves ink")
        }
    }

    @Test func theTestSplitSharesNoImageWithTraining() throws {
        let set = try DigitSet(DigitSetConfiguration(trainingCount: 200, testCount: 100, seed: 2))
        let training = Set(set.training.map(\.image))
        #expect(set.test.allSatisfy { !training.contains($0.image) })
    }

    @Test func noiseChangesTheImagesButNotTheirLabelsOrOrder() throws {
        let clean = try DigitSet(DigitSetConfiguration(trainingCount: 30, testCount: 10, seed: 4, noise: 0))
        let noisy = try DigitSet(DigitSetConfiguration(trainingCount: 30, testCount: 10, seed: 4, noise: 0.2))
        #expect(clean.training.map(\.label) == noisy.training.map(\.label))
        #expect(clean.training.map(\.image) != noisy.training.map(\.image))
    }

    @Test func configurationsThatCannotBeDrawnAreRefusedWithTheReason() {
        #expect(throws: DigitSet.ConfigurationError.sizeOutOfRange(20)) { try DigitSet(DigitSetConfiguration(size: 20)) }
        #expect(throws: DigitSet.ConfigurationError.emptySplit(name: "test", count: 0)) {
            try DigitSet(DigitSetConfiguration(testCount: 0))
        }
        #expect(throws: DigitSet.ConfigurationError.invalidNoise(-1)) { try DigitSet(DigitSetConfiguration(noise: -1)) }
        #expect(DigitSet.ConfigurationError.sizeOutOfRange(20).description == "digit images are 8…16 pixels square, not 20")
    }

    @Test func anUprightOneIsAStemTwoPixelsWideAtTheCentre() {
        // Upright at 12×12: scale 1.35, pen radius 0.6; glyph column 2 (the stem) lands on x = 5.5, glyph row r on
        // y = 5.5 + 1.35·(r − 3). Pixel rows 5–7 lie between the flag (glyph row 1→2 ends at y = 4.15) and the foot
        // (glyph row 6 at y = 9.55), more than 1.1 from both, so only the stem inks them: pixels in columns 5 and 6 lie
        // 0.5 from it, ink 0.6 + 0.5 − 0.5 = 0.6; columns 4 and 7 lie 1.5 away, 0.6 + 0.5 − 1.5 < 0, so no ink.
        var random = SeededRandom(seed: 0)
        let image = DigitRenderer.draw(1, style: .upright(size: 12), size: 12, random: &random)
        for row in 5...7 {
            #expect(abs(image[[0, row, 5]] - 0.6) < 1e-12, "row \(row)")
            #expect(abs(image[[0, row, 6]] - 0.6) < 1e-12, "row \(row)")
            #expect(image[[0, row, 4]] == 0, "row \(row)")
            #expect(image[[0, row, 7]] == 0, "row \(row)")
        }
    }

    @Test func everyDigitHasItsOwnGlyph() {
        let glyphs = (0..<10).map { DigitFont.rows(of: $0) }
        #expect(Set(glyphs).count == 10)
        #expect(glyphs.allSatisfy { $0.count == DigitFont.height && $0.allSatisfy { $0.count == DigitFont.width } })
    }
}
