/// One line of a key map: the keys, the action they trigger, and how help and hint lines describe it.
public struct KeyBinding<Action: Sendable & Equatable>: Sendable {
    /// The keys, in the order help lists them; the first one is the one hint lines show.
    public let keys: [KeyPattern]
    /// What the keys do.
    public let action: Action
    /// The help overlay's description; consecutive bindings with the same text share one help row.
    public let help: String
    /// The word on the hint line, if the binding is hinted; consecutive bindings with the same word share a hint.
    public let hint: String?

    /// A binding of specific keys.
    public init(_ keys: [Key], _ action: Action, help: String, hint: String? = nil) {
        self.init(keys.map(KeyPattern.key), action, help: help, hint: hint)
    }

    /// A binding of a class of keys (typing, any key).
    public init(_ pattern: KeyPattern, _ action: Action, help: String, hint: String? = nil) {
        self.init([pattern], action, help: help, hint: hint)
    }

    private init(_ keys: [KeyPattern], _ action: Action, help: String, hint: String?) {
        self.keys = keys
        self.action = action
        self.help = help
        self.hint = hint
    }
}

/// A row of the help overlay: keys and what they do.
public struct KeyHelpRow: Sendable, Equatable {
    /// Every key of the row, in order.
    public let keys: [KeyPattern]
    /// What they do.
    public let text: String
}

/// An entry of a hint line: the keys shown (one per binding) and a short word.
public struct KeyHint: Sendable, Equatable {
    /// The first key of each binding the hint covers.
    public let keys: [KeyPattern]
    /// The word, e.g. `back` or `speed`.
    public let text: String
}

/// The keys of one context (menu, player, a prompt…): what `Tutor.update` dispatches through, and what the help
/// overlay and the hint lines are generated from.
public struct KeyMap<Action: Sendable & Equatable>: Sendable {
    /// The bindings; the first one whose keys match a key wins.
    public let bindings: [KeyBinding<Action>]

    /// The hint line's groups, worked out once: the hint line is drawn on every frame.
    private let hintGroups: [(text: String, action: Action, keys: [KeyPattern])]

    /// A map of `bindings`. (A closure, not the key path `\.keys.first`: a key path of two parts is built at run
    /// time on first use, a tenth of a millisecond on the way to the first frame.)
    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
        self.hintGroups = Self.runs(of: bindings, by: { $0.hint }).compactMap { text, group in
            group.first.map { (text, $0.action, group.compactMap { $0.keys.first }) }
        }
    }

    /// The action `key` triggers here, nil if none.
    public func action(for key: Key) -> Action? {
        bindings.first { binding in binding.keys.contains { $0.matches(key) } }?.action
    }

    /// The help overlay's rows: consecutive bindings with the same help text form one row.
    public var helpRows: [KeyHelpRow] {
        Self.runs(of: bindings, by: { $0.help }).map { text, group in KeyHelpRow(keys: group.flatMap(\.keys), text: text) }
    }

    /// The hint line: consecutive hinted bindings with the same word form one hint showing each one's first key.
    /// `wording` may replace the word of a hint, given the action of its first binding.
    public func hints(wording: (Action) -> String? = { _ in nil }) -> [KeyHint] {
        hintGroups.map { KeyHint(keys: $0.keys, text: wording($0.action) ?? $0.text) }
    }

    /// Runs of consecutive bindings sharing a non-nil text.
    private static func runs(
        of bindings: [KeyBinding<Action>], by text: (KeyBinding<Action>) -> String?
    ) -> [(String, [KeyBinding<Action>])] {
        var runs: [(String, [KeyBinding<Action>])] = []
        var previous: String?
        for binding in bindings {
            let current = text(binding)
            if let current, current == previous, let last = runs.indices.last {
                runs[last].1.append(binding)
            } else if let current {
                runs.append((current, [binding]))
            }
            previous = current
        }
        return runs
    }
}
