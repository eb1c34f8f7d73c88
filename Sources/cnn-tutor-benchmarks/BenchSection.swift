import Foundation

/// The groups of figures, which can be run alone: `cnn-tutor-benchmarks start step` runs only those two groups
/// (all run when none is named), so one figure can be measured again while working on it.
enum BenchSection: String, CaseIterable {
    case start, step, export, engine, learning, memory

    /// The sections named in `arguments` (the program's, without its name); all of them when none is named.
    /// Nil, with the reason on standard error, when a word names no section.
    static func selected(by arguments: [String]) -> Set<BenchSection>? {
        guard !arguments.isEmpty else { return Set(allCases) }
        var chosen = Set<BenchSection>()
        for word in arguments {
            guard let section = BenchSection(rawValue: word) else {
                let names = allCases.map(\.rawValue).joined(separator: ", ")
                FileHandle.standardError.write(Data("cnn-tutor-benchmarks: unknown section '\(word)' (sections: \(names))\n".utf8))
                return nil
            }
            chosen.insert(section)
        }
        return chosen
    }
}
