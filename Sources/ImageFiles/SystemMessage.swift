import Foundation

/// The C library's text for an `errno` value, e.g. "Permission denied".
func systemMessage(_ code: Int32) -> String { String(cString: strerror(code)) }
