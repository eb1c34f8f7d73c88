import LessonFiles
import LessonModel

/// One answer as a student's file gives it, each field with its position, before it is checked against a key.
struct AnswerRow {
    let file: String
    let line: Int
    let student: CSVField, lesson: CSVField, cell: CSVField, value: CSVField

    /// Where `field` is, for a diagnostic.
    func location(of field: CSVField) -> SourceLocation { SourceLocation(line: line, column: field.column) }
}

/// Reads answer files: CSV with a header naming the columns `student`, `lesson`, `cell` and `value` (in any
/// order; other columns are ignored), one answer per line; blank lines and lines starting with `#` are skipped.
enum AnswerFile {
    /// The columns an answer file must have.
    static let columns = ["student", "lesson", "cell", "value"]

    /// Every row that has the four fields, and a diagnostic for each line that does not.
    static func read(text: String, file: String) -> (rows: [AnswerRow], problems: [LessonDiagnostic]) {
        var rows: [AnswerRow] = [], problems: [LessonDiagnostic] = []
        var header: [String: Int]?
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // "\r\n" is one Character in Swift, so both line ends are separators here.
        for (offset, line) in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let number = offset + 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.drop(while: { $0 == " " }).hasPrefix("#") { continue }
            let fields: [CSVField]
            switch CSVLine.fields(line) {
            case .success(let found): fields = found
            case .failure(let quote):
                problems.append(
                    LessonDiagnostic(
                        file: file, location: SourceLocation(line: number, column: quote.column),
                        message: "this quote is never closed", hint: "an answer takes one line; close the quote or remove it"))
                continue
            }
            guard let columns = header else {
                switch self.header(fields, file: file, line: number) {
                case .success(let found): header = found
                case .failure(let problem): return (rows, [problem])
                }
                continue
            }
            guard let row = row(fields, columns: columns, file: file, line: number, problems: &problems) else { continue }
            rows.append(row)
        }
        if header == nil {
            problems.append(
                LessonDiagnostic(
                    file: file, location: .start, message: "the answer file has no header line", hint: headerHint))
        }
        return (rows, problems)
    }

    private static let headerHint = "the first line names the columns: student,lesson,cell,value"

    /// The position of each needed column in the header line.
    private static func header(_ fields: [CSVField], file: String, line: Int) -> Result<[String: Int], LessonDiagnostic> {
        var positions: [String: Int] = [:]
        for (position, field) in fields.enumerated() {
            let name = field.text.lowercased()
            if columns.contains(name), positions[name] == nil { positions[name] = position }
        }
        let missing = columns.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            return .failure(
                LessonDiagnostic(
                    file: file, location: SourceLocation(line: line, column: 1),
                    message: "the header has no " + missing.map { "`\($0)`" }.joined(separator: ", ") + " column", hint: headerHint))
        }
        return .success(positions)
    }

    private static func row(
        _ fields: [CSVField], columns: [String: Int], file: String, line: Int, problems: inout [LessonDiagnostic]
    ) -> AnswerRow? {
        let needed = (columns.values.max() ?? 0) + 1
        guard fields.count >= needed else {
            let end = (fields.last.map { $0.column + $0.text.count } ?? 1)
            problems.append(
                LessonDiagnostic(
                    file: file, location: SourceLocation(line: line, column: end),
                    message: "this line has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header names \(needed)",
                    hint: "write student,lesson,cell,value; a cell such as output[1,3] needs no quotes"))
            return nil
        }
        func field(_ name: String) -> CSVField { fields[columns[name] ?? 0] }
        return AnswerRow(
            file: file, line: line, student: field("student"), lesson: field("lesson"), cell: field("cell"), value: field("value"))
    }
}
