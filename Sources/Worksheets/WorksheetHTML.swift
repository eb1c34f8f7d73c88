import LessonText

/// Lays a worksheet out as one self-contained HTML file: no scripts, fonts or images from elsewhere, and print
/// CSS that puts each lesson on its own A4 pages with grids large enough to write in.
struct WorksheetHTML {
    let document: WorksheetDocument

    func render() -> String {
        let title = document.lessons.map(\.title).joined(separator: "; ")
        var out = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>\(HTMLText.escaped((document.answers ? "Answers: " : "Worksheet: ") + title))</title>",
            "<style>", Self.style, "</style>", "</head>", "<body>",
        ]
        out += document.lessons.flatMap(lesson)
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    private func lesson(_ sheet: LessonSheet) -> [String] {
        var out = [
            "<section class=\"lesson\" id=\"\(HTMLText.escaped(sheet.id))\">",
            "<h1>\(document.answers ? "Answers" : "Worksheet"): \(HTMLText.escaped(sheet.title))</h1>",
            "<p class=\"summary\"><code>\(HTMLText.escaped(sheet.id))</code>\(HTMLText.escaped(document.separator + sheet.summary))</p>",
        ]
        if !sheet.introduction.isEmpty { out.append("<p>\(HTMLText.escaped(sheet.introduction))</p>") }
        if !document.answers { out.append("<p class=\"name\">Name: <span class=\"line\"></span></p>") }
        if !sheet.givens.isEmpty { out += ["<h2>Given</h2>", "<div class=\"matrices\">"] + sheet.givens.flatMap(matrix) + ["</div>"] }
        out += ["<h2>Operations</h2>", "<ul>"] + sheet.operations.map { "<li>\(HTMLText.escaped($0))</li>" } + ["</ul>"]
        for task in sheet.tasks { out += self.task(task) }
        return out + ["</section>"]
    }

    private func task(_ task: SheetTask) -> [String] {
        var out = ["<div class=\"task\">", "<h2>\(HTMLText.escaped(task.heading))</h2>", "<p>\(HTMLText.escaped(task.instruction))</p>"]
        if let grid = task.grid { out += ["<div class=\"matrices\">"] + matrix(grid) + ["</div>"] }
        if let table = task.table { out += self.table(table) }
        if !task.sums.isEmpty {
            out.append("<p>\(document.answers ? "The sums:" : "Write out these sums:")</p>")
            out += task.sums.map { "<p class=\"sum\">\($0.map(piece).joined())</p>" }
        }
        if !task.working.isEmpty {
            out += ["<ul class=\"working\">"] + task.working.map { "<li>\(HTMLText.escaped($0))</li>" } + ["</ul>"]
        }
        return out + ["</div>"]
    }

    private func piece(_ piece: SumPiece) -> String {
        switch piece {
        case .text(let text): return HTMLText.escaped(text)
        case .blank: return "<span class=\"blank\"></span>"
        }
    }

    private func matrix(_ matrix: SheetMatrix) -> [String] {
        matrix.planes.flatMap { plane in
            let caption = HTMLText.escaped(plane.label.isEmpty ? matrix.caption : "\(matrix.caption), \(plane.label)")
            let width = plane.rows.first?.count ?? 0
            var out = ["<table class=\"matrix\">", "<caption>\(caption)</caption>"]
            out.append("<tr><th></th>" + (0..<width).map { "<th>\($0 + 1)</th>" }.joined() + "</tr>")
            for (number, row) in plane.rows.enumerated() {
                let cells = row.map { "<td>\($0.map(HTMLText.escaped) ?? "")</td>" }.joined()
                out.append("<tr><th>\(number + 1)</th>\(cells)</tr>")
            }
            return out + ["</table>"]
        }
    }

    private func table(_ table: SheetTable) -> [String] {
        var out = ["<table class=\"layers\">", "<tr>" + table.header.map { "<th>\(HTMLText.escaped($0))</th>" }.joined() + "</tr>"]
        for row in table.rows {
            out.append("<tr>" + row.map { "<td>\($0.map(HTMLText.escaped) ?? "")</td>" }.joined() + "</tr>")
        }
        return out + ["</table>"]
    }

    /// Screen and print styles: grids with cells large enough to write in, nothing split across a page.
    static let style = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; color: #000; background: #fff; }
        h1 { font-size: 16pt; margin: 0 0 0.3em; }
        h2 { font-size: 12.5pt; margin: 1.1em 0 0.4em; break-after: avoid; page-break-after: avoid; }
        p.summary { color: #444; margin-top: 0; }
        p.name .line { display: inline-block; width: 18em; border-bottom: 1px solid #000; }
        .matrices { display: flex; flex-wrap: wrap; gap: 0.6em 2em; align-items: flex-start; }
        table { border-collapse: collapse; break-inside: avoid; page-break-inside: avoid; }
        table caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.2em; }
        table.matrix th { font-weight: normal; font-size: 8pt; color: #666; padding: 0 0.3em; }
        table.matrix td { border: 1px solid #000; min-width: 2.4em; height: 2em; padding: 0 0.35em; text-align: right;
            font-variant-numeric: tabular-nums; }
        table.layers th, table.layers td { border: 1px solid #000; padding: 0.35em 0.6em; text-align: left; }
        table.layers td { height: 1.6em; min-width: 7em; }
        p.sum { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; line-height: 2.4; break-inside: avoid; }
        span.blank { display: inline-block; width: 2.6em; border-bottom: 1px solid #000; margin: 0 0.1em; }
        ul.working { font-size: 10pt; }
        section.lesson + section.lesson { break-before: page; page-break-before: always; }
        @media screen { body { max-width: 60em; margin: 2em auto; padding: 0 1em; } }
        """
}

/// Escaping text for HTML.
enum HTMLText {
    /// `&`, `<`, `>` and `"` as entities.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
