import Foundation

/// A tiny terminal for the escapes a recording uses (cursor position, clear, SGR, cursor visibility): it replays
/// an asciicast's output and keeps the characters on screen, so tests read what a viewer would see.
struct ScreenReplay {
    private(set) var rows: [[Character]]
    private var row = 0, column = 0

    init(width: Int, height: Int) {
        rows = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    /// The screen as lines, trailing spaces removed.
    var lines: [String] {
        rows.map { line in
            var text = String(line)
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// Applies `output`; unknown escapes are ignored.
    mutating func apply(_ output: String) {
        var scalars = output.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "\u{1B}" else {
                put(Character(scalar))
                continue
            }
            guard scalars.first == "[" else { continue }
            scalars = scalars.dropFirst()
            var parameters = ""
            while let next = scalars.first, !(next.properties.isAlphabetic) {
                parameters.unicodeScalars.append(next)
                scalars = scalars.dropFirst()
            }
            guard let command = scalars.first else { return }
            scalars = scalars.dropFirst()
            escape(command, parameters)
        }
    }

    private mutating func escape(_ command: Unicode.Scalar, _ parameters: String) {
        switch command {
        case "H":
            let numbers = parameters.split(separator: ";").map { Int($0) ?? 1 }
            row = (numbers.first ?? 1) - 1
            column = (numbers.count > 1 ? numbers[1] : 1) - 1
        case "J" where parameters == "2":
            rows = rows.map { $0.map { _ in " " } }
        default:
            break
        }
    }

    private mutating func put(_ character: Character) {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return }
        rows[row][column] = character
        column += 1
    }
}

/// An asciicast file read back: its header and its output events.
struct CastFile {
    let header: [String: Any]
    let events: [(time: Double, output: String)]

    init(_ text: String) throws {
        let lines = text.split(separator: "\n")
        guard let first = lines.first,
            let header = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        else { throw CastError("no header line") }
        self.header = header
        events = try lines.dropFirst().map { line in
            guard let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], event.count == 3,
                let time = (event[0] as? NSNumber)?.doubleValue, event[1] as? String == "o", let output = event[2] as? String
            else { throw CastError("not an output event: \(line.prefix(80))") }
            return (time, output)
        }
    }

    struct CastError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
