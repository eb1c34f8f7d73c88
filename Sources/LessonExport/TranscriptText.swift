import LessonModel
import LessonText

/// Lays out a transcript as plain text.
struct TranscriptText {
    let document: TranscriptDocument
    let glyphs: Glyphs

    func render() -> String {
        var out: [String] = [
            "cnn-tutor transcript: \(document.id)", document.title, "kind: \(document.kind), \(document.size)", "",
        ]
        if !document.introduction.isEmpty { out += wrapped(document.introduction) + [""] }
        if !document.notes.isEmpty { out += ["Notes:"] + document.notes.flatMap { wrapped("- " + $0, indent: "  ") } + [""] }
        for section in document.phases {
            out += ["== \(section.heading) ==", ""]
            if !section.narration.isEmpty { out += wrapped(section.narration) + [""] }
            for matrix in section.operands { out += lines(matrix, indent: "  ") + [""] }
            if !section.geometry.isEmpty { out += section.geometry.map { "  " + $0 } + [""] }
            for entry in section.steps {
                out.append(entry.heading)
                out += entry.lines.map { "  " + $0 }
                if let fillIn = entry.fillIn { out += lines(fillIn, indent: "    ") }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    private func lines(_ matrix: MatrixBlock, indent: String) -> [String] {
        var out = [indent + matrix.caption + ":"]
        for plane in matrix.planes {
            if !plane.label.isEmpty { out.append(indent + plane.label) }
            out += plane.rows.map { indent + "  " + $0 }
        }
        return out
    }

    /// Wraps prose at 78 columns, keeping existing line breaks.
    private func wrapped(_ text: String, indent: String = "") -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [String] in
            var lines: [String] = [], current = ""
            for word in paragraph.split(separator: " ") {
                if !current.isEmpty && current.count + word.count + 1 > 78 {
                    lines.append(current)
                    current = indent
                }
                current += (current.isEmpty || current == indent ? "" : " ") + word
            }
            lines.append(current)
            return lines
        }
    }
}

/// Lays out a transcript as Markdown.
struct TranscriptMarkdown {
    let document: TranscriptDocument
    let glyphs: Glyphs
    var pictures: TranscriptPictures?

    func render() -> String {
        var out = ["# \(document.title)", "", "`\(document.id)`: \(document.kind), \(document.size)", ""]
        if !document.introduction.isEmpty { out += [document.introduction, ""] }
        if !document.notes.isEmpty { out += ["**Notes**", ""] + document.notes.map { "- " + $0 } + [""] }
        out += TranscriptPictures.markdown(pictures?.input ?? [])
        for (index, section) in document.phases.enumerated() {
            out += ["## \(section.heading)", ""]
            if !section.narration.isEmpty { out += [section.narration, ""] }
            out += TranscriptPictures.markdown(pictures?.phases[index] ?? [])
            for matrix in section.operands { out += block(matrix) }
            if !section.geometry.isEmpty { out += section.geometry.map { "- " + $0 } + [""] }
            for entry in section.steps {
                out += ["### \(entry.heading)", "", "```"] + entry.lines + ["```", ""]
                if let fillIn = entry.fillIn { out += block(fillIn) }
            }
        }
        return out.joined(separator: "\n")
    }

    private func block(_ matrix: MatrixBlock) -> [String] {
        var out = ["\(matrix.caption):", "", "```"]
        for plane in matrix.planes {
            if !plane.label.isEmpty { out.append(plane.label) }
            out += plane.rows
        }
        return out + ["```", ""]
    }
}
