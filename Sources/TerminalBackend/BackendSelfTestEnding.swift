import TutorCore

/// How the backend self-test ended.
public enum BackendSelfTestEnding: Equatable, Sendable {
    /// The student pressed `q` or Ctrl-C (the key is given).
    case quit(Key)
    /// A termination signal arrived (its number is given).
    case signal(Int32)
}
