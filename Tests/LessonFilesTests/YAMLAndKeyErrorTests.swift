import LessonModel
import LessonTestSupport
import Testing

/// Problems with the file as YAML and with its keys: syntax, unknown, duplicate and missing keys, empty files.
@Suite("Parser errors: YAML and keys")
struct YAMLAndKeyErrorTests {
    @Test("a first row indented more than the next is a YAML syntax error at the later row, with the |2 hint")
    func indentationTrapIsASyntaxError() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
               -5 -4
              -10 -2
            """)
        // The block takes its indentation (3) from line 5; line 6 (indent 2) ends it, and `-10` at 6:3 is no key.
        #expect(diagnostic.location == position(6, 3))
        #expect(diagnostic.message == "YAML syntax: while parsing a block mapping: did not find expected key")
        #expect(diagnostic.hint?.contains("`|2`") == true)
        #expect(diagnostic.description.hasPrefix("test.yaml:6:3: error: YAML syntax: "))
    }

    @Test("the same rows parse when the key says |2")
    func explicitIndentationParses() throws {
        let lesson = try LessonTestSupport.lesson(
            """
            id: x
            title: T
            op: relu
            input: |2
               -5 -4
              -10 -2
            """)
        #expect(lesson.stages.first?.input?.scalars == [-5, -4, -10, -2])
    }

    @Test("an unclosed flow list is a YAML syntax error")
    func unclosedListIsASyntaxError() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: [[1, 2], [3, 4]
            notes: hi
            """)
        #expect(diagnostic.message == "YAML syntax: while parsing a flow sequence: did not find expected ',' or ']'")
        // libyaml notices the missing `]` at the next token it reads: `notes` at the start of line 5.
        #expect(diagnostic.location == position(5, 1))
    }

    @Test("an unknown key that is a near miss is reported at the key with `did you mean`")
    func nearMissKeySuggestsTheKey() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: maxpool2d
            size: 2
            input: |
              1 2
              3 4
            strides: 1
            """)
        #expect(diagnostic.location == position(8, 1))
        #expect(diagnostic.message == "unknown key `strides` in the lesson")
        #expect(diagnostic.hint == "did you mean `stride`?")
    }

    @Test("an unknown key unlike any other lists the allowed keys")
    func farKeyListsAllowedKeys() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: "1 2"
            colour: red
            """)
        #expect(diagnostic.location == position(5, 1))
        #expect(diagnostic.message == "unknown key `colour` in the lesson")
        #expect(diagnostic.hint?.hasPrefix("allowed keys: id, title, introduction, op, input,") == true)
    }

    @Test("an unknown key inside narration suggests the narration key")
    func nearMissNarrationKey() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: "1 2"
            narration:
              forwards: hi
            """)
        #expect(diagnostic.location == position(6, 3))
        #expect(diagnostic.message == "unknown key `forwards` in narration")
        #expect(diagnostic.hint == "did you mean `forward`?")
    }

    @Test("a duplicate top-level key is reported at its second occurrence")
    func duplicateTopLevelKey() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 2
              3 4
            id: y
            """)
        #expect(diagnostic.location == position(7, 1))
        #expect(diagnostic.message == "`id` appears twice in the lesson")
        #expect(diagnostic.hint == "keep one of them")
    }

    @Test("a duplicate key in a flow mapping is reported where it is repeated")
    func duplicateKeyInFlowMapping() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            names: {input: A, output: B, input: C}
            input: "1 2"
            """)
        // `names: {` is 8 characters, `input: A, ` 10 more, `output: B, ` 11 more: the second `input` is at column 30.
        #expect(diagnostic.location == position(4, 30))
        #expect(diagnostic.message == "`input` appears twice in the same mapping")
    }

    @Test("a duplicate key in a nested block mapping skips comments and is reported at the repeat")
    func duplicateKeyInNestedMapping() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2
              3 4
            filters: "1"
            then:
              - op: relu
                narration:
                  forward: a
                  # a comment at the same indentation
                  forward: b
            """)
        #expect(diagnostic.location == position(13, 7))
        #expect(diagnostic.message == "`forward` appears twice in the same mapping")
    }

    @Test("a lesson without id, title, op and input reports each missing key at the start of the lesson")
    func missingIDTitleAndOp() {
        let diagnostics = LessonTestSupport.diagnostics("introduction: hello\n")
        #expect(diagnostics.map(\.message) == ["missing `id`", "missing `title`", "missing `op`", "missing `input`"])
        #expect(diagnostics.allSatisfy { $0.location == position(1, 1) })
        #expect(
            diagnostics.first { $0.message == "missing `op`" }?.hint
                == "one of: image, conv2d, conv_transpose2d, relu, maxpool2d, avgpool2d, architecture, flatten, linear, sigmoid, softmax, mse_loss, cross_entropy, learn_filter"
        )
    }

    @Test("an unknown op repeats the value it got and suggests the closest operation")
    func unknownOperation() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: conv3d\ninput: \"1 2\"\n")
        #expect(diagnostic.location == position(3, 5))
        #expect(diagnostic.message == "unknown op `conv3d`")
        #expect(diagnostic.hint == "did you mean `conv2d`?")
        let unlike = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: tanh\ninput: \"1 2\"\n")
        #expect(unlike.message == "unknown op `tanh`")
        #expect(
            unlike.hint
                == "one of: image, conv2d, conv_transpose2d, relu, maxpool2d, avgpool2d, architecture, flatten, linear, sigmoid, softmax, mse_loss, cross_entropy, learn_filter"
        )
    }

    @Test("under `then`, an unknown op is named, and one that cannot follow another stage is told so")
    func operationsUnderThen() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: relu
            input: "1 -2"
            then:
              - op: rel
              - op: image
            """)
        #expect(diagnostics.map(\.location) == [position(6, 9), position(7, 9)])
        #expect(diagnostics.map(\.message) == ["unknown op `rel`", "`image` cannot follow another stage"])
        #expect(
            diagnostics.map(\.hint) == [
                "did you mean `relu`?",
                "under `then:` use one of: conv2d, conv_transpose2d, relu, maxpool2d, avgpool2d, flatten, linear, sigmoid, softmax, mse_loss, cross_entropy",
            ])
    }

    @Test("a lesson without input reports it at the start of the lesson")
    func missingInput() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            """)
        #expect(diagnostic.location == position(1, 1))
        #expect(diagnostic.message == "missing `input`")
    }

    @Test("conv2d without filters is reported at its op")
    func convolutionWithoutFilters() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2
              3 4
            """)
        #expect(diagnostic.location == position(3, 5))
        #expect(diagnostic.message == "conv2d needs `filters`")
    }

    @Test("pooling without size is reported at its op", arguments: ["maxpool2d", "avgpool2d"])
    func poolingWithoutSize(_ operation: String) throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: \(operation)
            input: |
              1 2
              3 4
            """)
        #expect(diagnostic.location == position(3, 5))
        #expect(diagnostic.message == "\(operation) needs `size`")
        #expect(diagnostic.hint == "e.g. `size: 2`")
    }

    @Test(
        "an empty file, or one holding only comments and blank lines, is reported as empty",
        arguments: ["", "\n\n", "# only a comment\n", "   \n"])
    func emptyFile(_ text: String) throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(text)
        #expect(diagnostic.location == position(1, 1))
        #expect(diagnostic.message == "the file is empty")
    }

    @Test("a root that is a list or a single value is not a lesson", arguments: ["- 1\n- 2\n", "hello\n", "42"])
    func nonMappingRoot(_ text: String) throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(text)
        #expect(diagnostic.location == position(1, 1))
        #expect(diagnostic.message == "the lesson must be a mapping of `key: value` lines")
    }

    @Test("an id with capitals or underscores is reported at the id's value")
    func invalidID() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: Vertical_Edges
            title: T
            op: relu
            input: "1 2"
            """)
        #expect(diagnostic.location == position(1, 5))
        #expect(diagnostic.message == "id `Vertical_Edges` must be lowercase letters, digits and dashes (at most 64)")
    }
}
