import LessonText
import SnapshotTesting
import TestSupport
import Testing
import TutorCore

@testable import TutorRendering

/// At 120×40 and wider a convolution over several channels or filters shows them all at once: every input channel
/// along the top, each filter's slices under the channels they read, its bias and its output map. At 80×24 the
/// screen keeps one channel and one filter at a time (`c` for the next).
@Suite struct WideScreenTests {
    /// The lines of the rendered screen.
    static func lines(_ state: TutorState) -> [String] {
        Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The cells of the map under the panel titled `title`, as they read on screen (brackets dropped), row by row.
    static func map(titled title: String, rows: Int, in lines: [String]) -> [[String]]? {
        guard let top = lines.firstIndex(where: { $0.contains(title) }), let start = lines[top].range(of: title) else { return nil }
        let column = lines[top].distance(from: lines[top].startIndex, to: start.lowerBound)
        return lines[(top + 1)...(top + rows)].map { line in
            let cells = line.dropFirst(column).prefix(1 + 4 * 5)
            return cells.replacingOccurrences(of: "[", with: " ").replacingOccurrences(of: "]", with: " ")
                .split(separator: " ").map(String.init)
        }
    }

    /// The column `text` starts at on the first line that contains it.
    static func column(of text: String, in lines: [String]) -> Int? {
        for line in lines {
            if let range = line.range(of: text) { return line.distance(from: line.startIndex, to: range.lowerBound) }
        }
        return nil
    }

    /// The filters' output maps as the screen should show them at this step: cells before the step's filled in,
    /// the step's cell with its total, the rest pending.
    static func expectedMaps(_ state: TutorState) -> [[[String]]] {
        guard let player = state.player, let result = player.phaseResult, let step = player.step else { return [] }
        let (filters, rows, columns) = (result.shape[0], result.shape[1], result.shape[2])
        return (0..<filters).map { filter in
            (0..<rows).map { row in
                (0..<columns).map { column in
                    let order = (filter * rows + row) * columns + column
                    if order == step.number { return NumberText.format(step.total, glyphs: .unicode) }
                    return order < step.number ? NumberText.format(result.scalars[order], glyphs: .unicode) : "·"
                }
            }
        }
    }

    @Test func multiChannelLessonShowsEveryChannelSideBySideAt120x40() {
        let state = RenderFixtures.playing("multichannel-one-filter", width: 120, height: 40, keys: RenderFixtures.right(1))
        let lines = Self.lines(state)
        assertSnapshot(of: lines.joined(separator: "\n"), as: .lines)
        // The three channels on one line, each filter slice under its channel, the bias beside them.
        let header = lines.first { $0.contains("X channel 1/3") } ?? ""
        #expect(header.contains("X channel 2/3") && header.contains("X channel 3/3"))
        let slices = lines.first { $0.contains("W channel 1 3×3") } ?? ""
        #expect(slices.contains("W channel 2 3×3") && slices.contains("W channel 3 3×3") && slices.contains("Z 4×4"))
        for channel in 1...3 {
            #expect(Self.column(of: "X channel \(channel)/3", in: lines) == Self.column(of: "W channel \(channel) 3×3", in: lines))
        }
        #expect(ScreenText.values(under: "b", in: lines) == ["1"])
        #expect(Self.map(titled: "Z 4×4", rows: 4, in: lines) == Self.expectedMaps(state)[0])
    }

    @Test func everyChannelShowsTheWindowOfTheStep() throws {
        // Step 2, Z₁,₂: the window covers rows 1–3 and columns 2–4 of every channel.
        let state = RenderFixtures.playing("multichannel-one-filter", width: 120, height: 40, keys: RenderFixtures.right(1))
        let grid = Renderer.render(state)
        let lines = Self.lines(state)
        let top = try #require(lines.firstIndex { $0.contains("X channel 1/3") })
        for channel in 1...3 {
            let left = try #require(Self.column(of: "X channel \(channel)/3", in: lines))
            var windowRows = Set<Int>(), windowNumbers = 0
            for row in 0..<6 {
                for x in left..<(left + 19) where grid[x, top + 1 + row].style == .window {
                    windowRows.insert(row)
                    if grid[x, top + 1 + row].character.isNumber { windowNumbers += 1 }
                }
            }
            #expect(windowRows == [0, 1, 2], "channel \(channel)")
            #expect(windowNumbers == 9, "channel \(channel)")
        }
    }

    @Test func multiChannelLessonAt160x50() {
        let state = RenderFixtures.playing("multichannel-one-filter", width: 160, height: 50, keys: RenderFixtures.right(6))
        let text = Renderer.render(state).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("X channel 1/3") && text.contains("X channel 2/3") && text.contains("X channel 3/3"))
    }

    @Test func severalFiltersShowEveryOutputMapAt120x40() {
        // Step 18: filter 2's second cell, Z₂,₁,₂ = −13, with filter 1's map complete.
        let state = RenderFixtures.playing("one-conv-layer", width: 120, height: 40, keys: RenderFixtures.right(17))
        let lines = Self.lines(state)
        assertSnapshot(of: lines.joined(separator: "\n"), as: .lines)
        let expected = Self.expectedMaps(state)
        #expect(expected.count == 2)
        for filter in 1...2 {
            #expect(Self.map(titled: "Z filter \(filter) of 2 4×4", rows: 4, in: lines) == expected[filter - 1])
        }
        #expect(lines.contains { $0.contains("[−13]") })
        #expect(lines.contains { $0.contains("W filter 1 of 2 3×3×3") && !$0.contains("this step") })
        #expect(lines.contains { $0.contains("W filter 2 of 2 3×3×3 · this step") })
        #expect(ScreenText.values(under: "b", in: lines) == ["1", "−1"])
        for channel in 1...3 {
            #expect(Self.column(of: "X channel \(channel)/3", in: lines) == Self.column(of: "W channel \(channel) 3×3", in: lines))
        }
    }

    @Test func severalFiltersAt160x50() {
        let state = RenderFixtures.playing("one-conv-layer", width: 160, height: 50, keys: RenderFixtures.right(5))
        let lines = Self.lines(state)
        assertSnapshot(of: lines.joined(separator: "\n"), as: .lines)
        let expected = Self.expectedMaps(state)
        for filter in 1...2 {
            #expect(Self.map(titled: "Z filter \(filter) of 2 4×4", rows: 4, in: lines) == expected[filter - 1])
        }
    }

    @Test func groupedFiltersSitUnderTheChannelsTheyRead() {
        let state = RenderFixtures.playing("grouped-convolution", width: 120, height: 40, keys: RenderFixtures.right(5))
        let lines = Self.lines(state)
        assertSnapshot(of: lines.joined(separator: "\n"), as: .lines)
        // Filter 1 reads only channel 1 and filter 2 only channel 2: one slice per filter, each under its channel.
        #expect(Self.column(of: "W channel 1 2×2", in: lines) == Self.column(of: "X channel 1/2", in: lines))
        #expect(Self.column(of: "W channel 2 2×2", in: lines) == Self.column(of: "X channel 2/2", in: lines))
        #expect(lines.filter { $0.contains("W channel") }.count == 2)
        let expected = Self.expectedMaps(state)
        for filter in 1...2 {
            #expect(Self.map(titled: "Z filter \(filter) of 2 2×2", rows: 2, in: lines) == expected[filter - 1])
        }
    }

    @Test func at80x24OneChannelAndOneFilterAreShownAsBefore() {
        let lines = Self.lines(RenderFixtures.playing("one-conv-layer", keys: RenderFixtures.right(17)))
        #expect(
            lines[3].split(separator: " ").joined(separator: " ")
                == "│ X channel 1/3 6×6 W filter 2 of 2 channel 1 3×3 Z filter 2 of 2 4×4 │")
        #expect(!lines.contains { $0.contains("Z filter 1 of 2") || $0.contains("this step") })
        #expect(ScreenText.values(under: "b", in: lines).isEmpty)
    }

    @Test func justNarrowerThanTheWideScreenKeepsTheOldLayout() {
        let state = RenderFixtures.playing("one-conv-layer", width: PanelTable.minimumScreenWidth - 1, height: 40)
        let text = Renderer.render(state).text
        #expect(text.contains("Z filter 1 of 2") && !text.contains("Z filter 2 of 2"))
    }

    @Test func cStillCyclesWhenTheChannelsDoNotFitSideBySide() {
        // colour-channels as numbers (it opens as pictures; `i` shows numbers): three 16×16 channels are too wide
        // for one line even at 160 columns.
        let numbers: [Key] = [.character("i")]
        let first = Renderer.render(RenderFixtures.playing("colour-channels", width: 160, height: 50, keys: numbers)).text
        #expect(first.contains("X channel 1/3") && !first.contains("X channel 2/3"))
        let next = Renderer.render(RenderFixtures.playing("colour-channels", width: 160, height: 50, keys: numbers + [.character("c")]))
            .text
        #expect(next.contains("X channel 2/3") && !next.contains("X channel 1/3"))
    }
}
