import LessonCode
import LessonModel
import LessonPractice
import LessonText

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

        /// An entry known only by id and title (kind and size come with the parsed lesson).
        public init(id: String, title: String) {
            self.id = id
            self.title = title
            self.kind = ""
            self.size = ""
        }

        /// The entry of a parsed lesson.
        init(_ lesson: Lesson) {
            id = lesson.id
            title = lesson.title
            kind = lesson.kind
            size = lesson.sizeSummary
        }
    }

    /// Every lesson offered, in teaching order.
    public private(set) var entries: [Entry]
    /// The lessons themselves, by id (filled in after the first frame when the menu starts from entries).
    public private(set) var lessons: [String: Lesson]
    /// The search text (empty shows all).
    public private(set) var query = ""
    /// Whether the student is typing a search.
    public var searching = false
    /// The selected row among `visible`.
    public private(set) var selection = 0
    /// The digits of a lesson number typed so far (cleared by any other key).
    public var typedNumber = ""

    /// A menu over `lessons` in the given order.
    public init(lessons: [Lesson]) {
        self.entries = lessons.map(Entry.init)
        self.lessons = Dictionary(lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A menu that can be drawn before its lessons are parsed: ids and titles now, the rest from `attach`.
    public init(entries: [Entry]) {
        self.entries = entries
        self.lessons = [:]
    }

    /// Whether some entry still waits for its parsed lesson.
    public var isWaitingForLessons: Bool { lessons.count < entries.count }

    /// Adds parsed lessons, filling in their entries' kind and size.
    public mutating func attach(_ parsed: [Lesson]) {
        for lesson in parsed {
            lessons[lesson.id] = lesson
            if let position = entries.firstIndex(where: { $0.id == lesson.id }) { entries[position] = Entry(lesson) }
        }
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

    /// Selects a lesson by number as its digits are typed: `digit` extends the number typed so far if the result is
    /// a lesson's number, else starts a new one; a search is cleared so the lesson is in the list.
    public mutating func select(typing digit: Character) {
        let count = entries.count
        let extended = typedNumber + String(digit)
        if let number = Int(extended), (1...max(1, count)).contains(number), count > 0 {
            typedNumber = extended
        } else if let number = Int(String(digit)), (1...max(1, count)).contains(number), count > 0 {
            typedNumber = String(digit)
        } else {
            typedNumber = ""
            return
        }
        query = ""
        selection = (Int(typedNumber) ?? 1) - 1
    }

    /// Replaces the query and selects the first match.
    public mutating func setQuery(_ text: String) {
        query = text
        selection = 0
    }
}
