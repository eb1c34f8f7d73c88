/// What a typed path means where the tutor runs: `~` is the home folder, a relative path starts in the working
/// folder. Plain string work (the core does no I/O); the binary fills it in from its environment.
public struct PathContext: Sendable, Equatable {
    /// The home folder (`$HOME`), if known.
    public let home: String?
    /// The folder the tutor was started in, if known.
    public let workingDirectory: String?

    /// Nothing known: paths are taken as typed.
    public static let unknown = PathContext(home: nil, workingDirectory: nil)

    /// A context with this home and working folder.
    public init(home: String?, workingDirectory: String?) {
        self.home = home.map(Self.withoutTrailingSlash)
        self.workingDirectory = workingDirectory.map(Self.withoutTrailingSlash)
    }

    /// `path` with a leading `~` or `~/` replaced by the home folder (a shell does it; a prompt must too).
    public func expand(_ path: String) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    /// The folder a file at `path` goes to, absolute and with `.` and `..` resolved, ending in `/`; nil when the
    /// path is relative and the working folder is unknown.
    public func folder(of path: String) -> String? {
        let expanded = expand(path)
        let absolute: String
        if expanded.hasPrefix("/") {
            absolute = expanded
        } else if let workingDirectory {
            absolute = workingDirectory + "/" + expanded
        } else {
            return nil
        }
        var parts: [Substring] = []
        for part in absolute.split(separator: "/").dropLast(expanded.hasSuffix("/") ? 0 : 1) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.map { $0 + "/" }.joined()
    }

    private static func withoutTrailingSlash(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
