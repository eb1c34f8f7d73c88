import CNNLessons

/// The lesson menu: the built-in lessons, a search query and the selected row.
public struct MenuState: Sendable {
    /// One row of the menu.
    public struct Entry: Sendable, Equatable {
        /// The lesson id.
        public let id: String
        /// Its title.
        public let title: String
        /// Its kind, e.g. `conv2d + backward`.
        public let kind: String
        /// Its size summary.
        public let size: String
    }

    /// Every lesson offered, in teaching order.
    public let entries: [Entry]
    /// The lessons themselves, by id.
    public let lessons: [String: Lesson]
    /// The search text (empty shows all).
    public private(set) var query = ""
    /// Whether the student is typing a search.
    public var searching = false
    /// The selected row among `visible`.
    public private(set) var selection = 0

    /// A menu over `lessons` in the given order.
    public init(lessons: [Lesson]) {
        self.entries = lessons.map { Entry(id: $0.id, title: $0.title, kind: $0.kind, size: $0.sizeSummary) }
        self.lessons = Dictionary(lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Entries matching the query (every word must appear in the id, title or kind; case-insensitive).
    public var visible: [Entry] {
        let words = query.lowercased().split(separator: " ")
        guard !words.isEmpty else { return entries }
        return entries.filter { entry in
            let haystack = "\(entry.id) \(entry.title) \(entry.kind)".lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
    }

    /// The selected entry, if any matches.
    public var selected: Entry? {
        let visible = visible
        return visible.indices.contains(selection) ? visible[selection] : nil
    }

    /// The position of an entry in teaching order (1-based), for titles like `3/17`.
    public func number(of id: String) -> Int? {
        entries.firstIndex { $0.id == id }.map { $0 + 1 }
    }

    /// Moves the selection by `delta` rows, clamped.
    public mutating func move(by delta: Int) {
        selection = min(max(selection + delta, 0), max(visible.count - 1, 0))
    }

    /// Replaces the query and selects the first match.
    public mutating func setQuery(_ text: String) {
        query = text
        selection = 0
    }
}
