import Foundation

/// The package's root folder (where Package.swift is), found from this source file's path.
public let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
