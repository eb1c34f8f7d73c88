import LessonText

/// Lays a worksheet out as Markdown: matrices as tables with 1-based row and column numbers, sums in text blocks.
struct WorksheetMarkdown {
    let document: WorksheetDocument

    /// A blank in a sum.
    static let blank = "____"

    func render() -> String {
        document.lessons.map(lesson).joined(separator: "\n---\n\n")
    }

    private func lesson(_ sheet: LessonSheet) -> String {
        var out = [
            "# \(document.answers ? "Answers" : "Worksheet"): \(sheet.title)", "", "`\(sheet.id)`\(document.separator)\(sheet.summary)", "",
        ]
        if !sheet.introduction.isEmpty { out += [sheet.introduction, ""] }
        if !document.answers { out += ["Name: ________________________", ""] }
        if !sheet.givens.isEmpty { out += ["## Given", ""] + sheet.givens.flatMap(matrix) }
        out += ["## Operations", ""] + sheet.operations.map { "- " + $0 } + [""]
        for task in sheet.tasks { out += self.task(task) }
        return out.joined(separator: "\n")
    }

    private func task(_ task: SheetTask) -> [String] {
        var out = ["## \(task.heading)", "", task.instruction, ""]
        if let grid = task.grid { out += grid.planes.flatMap { plane($0, caption: grid.caption) } }
        if let table = task.table { out += self.table(header: table.header, rows: table.rows, numbered: false) + [""] }
        if !task.sums.isEmpty {
            out += [document.answers ? "The sums:" : "Write out these sums:", "", "```text"]
            out += task.sums.map(Self.sum) + ["```", ""]
        }
        if !task.working.isEmpty { out += ["Working:", ""] + task.working.map { "- " + $0 } + [""] }
        return out
    }

    /// A sum with each blank as `____`.
    static func sum(_ pieces: [SumPiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .blank: return blank
            }
        }.joined()
    }

    private func matrix(_ matrix: SheetMatrix) -> [String] {
        matrix.planes.flatMap { plane($0, caption: matrix.caption) }
    }

    private func plane(_ plane: SheetMatrix.Plane, caption: String) -> [String] {
        let title = plane.label.isEmpty ? "**\(caption)**" : "**\(caption)**, \(plane.label)"
        let width = plane.rows.first?.count ?? 0
        let header = [""] + (1...max(width, 1)).map(String.init)
        let rows = plane.rows.enumerated().map { [String($0.offset + 1)] + $0.element }
        return [title, ""] + table(header: header, rows: rows, numbered: true) + [""]
    }

    /// A table whose columns are padded to one width (so it also reads as plain text); blanks are spaces.
    private func table(header: [String], rows: [[String?]], numbered: Bool) -> [String] {
        let columns = header.indices.map { column in
            ([header[column]] + rows.map { column < $0.count ? $0[column] ?? "" : "" }).map(\.count).max() ?? 0
        }
        let widths = columns.map { max($0, numbered ? 3 : 1) }
        func line(_ cells: [String?]) -> String {
            "| "
                + widths.indices.map { column in
                    let text = column < cells.count ? cells[column] ?? "" : ""
                    let pad = String(repeating: " ", count: widths[column] - text.count)
                    return numbered ? pad + text : text + pad
                }.joined(separator: " | ") + " |"
        }
        let rule =
            "|"
            + widths.map { (numbered ? "" : ":") + String(repeating: "-", count: $0 + 1) + (numbered ? ":" : "") }
            .joined(separator: "|") + "|"
        return [line(header), rule] + rows.map(line)
    }
}
