/// Placeholder so the target builds until the backend lands.
enum TerminalBackendPlaceholder {}
