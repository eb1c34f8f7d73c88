extension StyleAttributes {
    /// The ANSI escape that draws text with these attributes from a reset state, e.g. `ESC[0;1;7;32m`; without
    /// `color` the colour is left out (the attribute cues stay), as `--no-color` draws.
    public func selectGraphicRendition(color useColor: Bool) -> String {
        var parameters = [0]
        if bold { parameters.append(1) }
        if dim { parameters.append(2) }
        if underline { parameters.append(4) }
        if reverse { parameters.append(7) }
        if useColor, let color { parameters.append(color.ansiForeground) }
        return "\u{1B}[" + parameters.map(String.init).joined(separator: ";") + "m"
    }
}
