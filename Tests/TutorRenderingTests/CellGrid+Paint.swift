import LessonPictures

@testable import TutorRendering

extension CellGrid {
    /// The picture colours of every cell as two blocks of one code per cell, for snapshots that pin colours:
    /// `foreground:` then `background:`. A grey tone is its tenth, `0` (black) … `9` (white); a signed tone
    /// `=` at 0, `A`…`E` above 0 and `a`…`e` below, weakest to strongest; `-` a picture cell without that
    /// colour (pending, or the terminal's default); blank a cell that is not part of a picture.
    var paintText: String {
        func code(_ tone: PictureTone?) -> Character {
            guard let tone else { return "-" }
            switch tone {
            case .grey(let level): return Character(String(Int(level) * 10 / 256))
            case .signed(0): return "="
            case .signed(let level):
                let step = min(4, (abs(Int(level)) - 1) * 5 / 127)
                let letters = Array(level > 0 ? "ABCDE" : "abcde")
                return letters[step]
            }
        }
        func block(_ tone: (CellPaint) -> PictureTone?) -> [String] {
            (0..<height).map { y in
                var line = String((0..<width).map { x in self[x, y].paint.map { code(tone($0)) } ?? " " })
                while line.last == " " { line.removeLast() }
                return line
            }
        }
        return (["foreground:"] + block(\.foreground) + ["background:"] + block(\.background)).joined(separator: "\n")
    }
}
