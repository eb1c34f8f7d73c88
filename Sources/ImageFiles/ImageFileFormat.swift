/// A file format ImageFiles writes. (Reading recognises the format from the bytes themselves.)
public enum ImageFileFormat: Hashable, Sendable, CaseIterable {
    /// PNG, 8-bit grey or RGB.
    case png
    /// Binary netpbm: P5 (PGM) for grey, P6 (PPM) for rgb.
    case netpbmBinary
    /// Plain-text netpbm: P2 (PGM) for grey, P3 (PPM) for rgb.
    case netpbmPlain

    /// The format a file name's extension asks for: `.png` → PNG; `.pgm`, `.ppm`, `.pnm` → binary netpbm
    /// (letter case ignored); anything else nil.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "png": self = .png
        case "pgm", "ppm", "pnm": self = .netpbmBinary
        default: return nil
        }
    }
}
