import CNCursesw

extension StyleAttributes {
    /// The curses attribute bits (without the colour pair).
    var cursesAttributes: attr_t {
        var bits = cnn_attr_normal()
        if bold { bits |= cnn_attr_bold() }
        if reverse { bits |= cnn_attr_reverse() }
        if underline { bits |= cnn_attr_underline() }
        if dim { bits |= cnn_attr_dim() }
        return bits
    }

    /// The colour pair to draw with: the colour's pair when colours are on, else the default pair 0.
    func colorPair(colorsEnabled: Bool) -> Int16 {
        guard colorsEnabled, let color else { return 0 }
        return color.pairNumber
    }
}
