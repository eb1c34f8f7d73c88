/// The output formats of `cnn-tutor grade`.
public enum GradeFormat: String, Sendable, CaseIterable {
    /// A report to read: per student, then the class.
    case text
    /// One row per student (a gradebook column for a learning-management system).
    case csv
    /// One row per graded answer.
    case answersCSV = "answers-csv"
    /// Everything, for tools.
    case json
}

extension GradeReport {
    /// The report in `format`; the same answers always give the same bytes.
    public func render(_ format: GradeFormat) -> String {
        switch format {
        case .text: return textReport()
        case .csv: return gradebookCSV()
        case .answersCSV: return answersCSV()
        case .json: return json()
        }
    }
}
