/// Integer weights that turn a pixel's stored channels into the requested ones.
struct ChannelMix {
    /// ITU-R BT.601 luma in thousandths: 0.299 R + 0.587 G + 0.114 B.
    static let lumaPerMille = [299, 587, 114]

    /// For each output channel, a weight for each stored channel.
    let weights: [[Int]]
    /// What every output channel's weights sum to (1, or 1000 for luma).
    let total: Int

    /// The mix from `stored` channels to `requested` ones.
    init(from stored: ImageChannels, to requested: ImageChannels) {
        switch (stored, requested) {
        case (.grey, .grey):
            (weights, total) = ([[1]], 1)
        case (.rgb, .rgb):
            (weights, total) = ([[1, 0, 0], [0, 1, 0], [0, 0, 1]], 1)
        case (.rgb, .grey):
            (weights, total) = ([Self.lumaPerMille], Self.lumaPerMille.reduce(0, +))
        case (.grey, .rgb):
            (weights, total) = ([[1], [1], [1]], 1)
        }
    }
}
