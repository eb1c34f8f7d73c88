import LessonModel
import Testing

@testable import Grading

/// Reading answer-file lines: commas, quotes, brackets, spaces and the columns they start at.
struct AnswerFileTests {
    @Test func splitsAtCommasOutsideQuotesAndBrackets() throws {
        let fields = try CSVLine.fields("ada, vertical-edges ,output[1,3],\"a, b\",\"say \"\"hi\"\"\",").get()
        #expect(fields.map(\.text) == ["ada", "vertical-edges", "output[1,3]", "a, b", "say \"hi\"", ""])
        #expect(fields.map(\.column) == [1, 6, 22, 34, 41, 54])
    }

    @Test func reportsAnUnclosedQuoteWhereItOpens() {
        #expect(CSVLine.fields("ada,\"open,3") == .failure(CSVLine.UnclosedQuote(column: 5)))
    }

    @Test func readsTheHeaderInAnyOrderAndIgnoresOtherColumns() {
        let (rows, problems) = AnswerFile.read(text: "value,extra,cell,lesson,student\n3,x,[1,1],relu,ada\n", file: "a.csv")
        #expect(problems.isEmpty)
        #expect(rows.map { [$0.student.text, $0.lesson.text, $0.cell.text, $0.value.text] } == [["ada", "relu", "[1,1]", "3"]])
    }

    @Test func aFileWithoutRowsOrHeaderSaysSo() {
        #expect(AnswerFile.read(text: "# nothing\n\n", file: "e.csv").problems.map(\.message) == ["the answer file has no header line"])
    }

    @Test func cellReferencesResolveAsAnswerKeysDo() throws {
        let reference = try #require(CellReference(" grad_filters[ 2, 1 , 3] "))
        #expect(reference.result == .gradFilters && reference.position == [2, 1, 3])
        #expect(reference.index(in: [1, 2, 3, 3]) == [0, 1, 0, 2])
        #expect(reference.index(in: [1, 1, 3, 3]) == nil)
        #expect(CellReference("[1,3]")?.result == .output)
        #expect(CellReference("Z[1,3]") == nil && CellReference("output[1,x]") == nil && CellReference("output[]") == nil)
        #expect(CellReference(result: .output, index: [0, 1, 2], shape: [1, 4, 4]).description == "output[2,3]")
        #expect(CellReference(result: .output, index: [1, 1, 2], shape: [2, 4, 4]).description == "output[2,2,3]")
        #expect(CellReference(result: .gradBias, index: [0], shape: [1]).description == "grad_bias[1]")
    }
}
