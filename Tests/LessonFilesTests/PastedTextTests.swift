import LessonModel
import LessonTestSupport
import Testing

/// Text pasted from slides, word processors and NumPy: each mistake is named with its fix, once.
@Suite("Parser errors: pasted text")
struct PastedTextTests {
    /// A ReLU lesson whose input block is `rows`, indented two spaces under `input: |` on line 4.
    func relu(_ rows: String...) -> String {
        "id: x\ntitle: T\nop: relu\ninput: |\n" + rows.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    @Test("an en dash where a minus belongs is named by its code point, with the number rewritten")
    func enDash() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(relu("1 \u{2013}3"))
        #expect(diagnostic.location == position(5, 5))
        #expect(diagnostic.message == "input has `–3`, which is not a number: it has U+2013 EN DASH where a minus sign belongs")
        #expect(diagnostic.hint == "write -3")
    }

    @Test("a hyphen (U+2010) and a full-width hyphen-minus are minus signs too")
    func hyphens() {
        let diagnostics = LessonTestSupport.diagnostics(relu("\u{2010}2.5 \u{FF0D}1e\u{2010}3"))
        #expect(
            diagnostics.map(\.message) == [
                "input has `‐2.5`, which is not a number: it has U+2010 HYPHEN where a minus sign belongs",
                "input has `－1e‐3`, which is not a number: it has U+FF0D FULLWIDTH HYPHEN-MINUS where a minus sign belongs",
            ])
        #expect(diagnostics.map(\.hint) == ["write -2.5", "write -1e-3"])
    }

    @Test("full-width digits name the first and rewrite them all")
    func fullWidthDigits() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(relu("１２．５ 3"))
        #expect(diagnostic.location == position(5, 3))
        #expect(diagnostic.message == "input has `１２．５`, which is not a number: it has U+FF11 FULLWIDTH DIGIT ONE where a digit belongs")
        #expect(diagnostic.hint == "write 12.5")
    }

    @Test("a character that stands for no part of a number is named without a rewrite")
    func otherCharacters() {
        let diagnostics = LessonTestSupport.diagnostics(relu("3× 1\u{2013}2"))
        #expect(
            diagnostics.map(\.message) == [
                "input has `3×`, which is not a number: it has U+00D7 MULTIPLICATION SIGN",
                "input has `1–2`, which is not a number: it has U+2013 EN DASH",
            ])
        #expect(diagnostics.allSatisfy { $0.hint == "write numbers like 3, -1.5 or 2e-3" })
    }

    @Test("a whole number typed full-width is named and rewritten")
    func fullWidthStride() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: maxpool2d\nsize: ２\ninput: \"1 2\"\n")
        #expect(diagnostic.location == position(4, 7))
        #expect(diagnostic.message == "size must be a whole number: `２` has U+FF12 FULLWIDTH DIGIT TWO where a digit belongs")
        #expect(diagnostic.hint == "write 2")
    }

    @Test(
        "a tab indenting a block's rows gets `replace tabs with spaces`",
        arguments: [
            "id: x\ntitle: T\nop: relu\ninput: |\n\t1 2\n\t3 4\n", "id: x\ntitle: T\nop: relu\nnames:\n\tinput: A\ninput: \"1 2\"\n",
        ])
    func tabIndentation(_ text: String) throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(text)
        #expect(diagnostic.location == position(5, 1))
        #expect(diagnostic.message.hasPrefix("YAML syntax: "))
        #expect(diagnostic.hint == "line 5 is indented with a tab: replace tabs with spaces (YAML indents with spaces only)")
    }

    @Test("a tab between numbers is still a separator")
    func tabBetweenNumbers() throws {
        #expect(try LessonTestSupport.lesson(relu("1\t-2", "3\t4")).stages.first?.input?.scalars == [1, -2, 3, 4])
    }

    @Test("NumPy's printout pasted under `|` is one error at the first bracket, with the hint to drop the `|`")
    func numPyUnderBlock() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(relu("[[1, 2, 3],", " [4, 5, 6]]"))
        #expect(diagnostic.location == position(5, 3))
        #expect(diagnostic.message == "input has brackets among its rows of numbers, as NumPy prints a matrix")
        #expect(diagnostic.hint == "drop the `|` to read `[[1, 2], [3, 4]]` as nested lists, or drop the brackets and commas to keep rows")
        // Following the hint: the same lines without the `|` are nested lists.
        let fixed = try LessonTestSupport.lesson("id: x\ntitle: T\nop: relu\ninput:\n  [[1, 2, 3],\n   [4, 5, 6]]\n")
        #expect(fixed.stages.first?.input?.shape == [1, 2, 3])
    }

    @Test("a quoted NumPy matrix is told to drop the quotes")
    func numPyQuoted() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: relu\ninput: \"[[1, 2], [3, 4]]\"\n")
        #expect(diagnostic.location == position(4, 8))
        #expect(diagnostic.hint?.hasPrefix("drop the quotes") == true)
    }
}
