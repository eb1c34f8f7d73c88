/// Grouped convolution (PyTorch's `groups`): the C input channels and F filters are split into `groups` equal groups,
/// and each filter sees only the C/groups channels of its own group. groups == C is a depthwise convolution.
extension Conv2D {
    /// Input channels each filter sees, C/groups: the filters' second dimension.
    public var channelsPerGroup: Int { filters.shape[1] }

    /// Filters in each group, F/groups.
    public var filtersPerGroup: Int { filterCount / groups }

    /// The group filter `f` belongs to: f / (F/groups).
    public func group(ofFilter f: Int) -> Int { f / filtersPerGroup }

    /// The input channel that channel `c` of filter `f`'s kernel reads: group(f)·(C/groups) + c.
    public func inputChannel(filter f: Int, kernelChannel c: Int) -> Int { group(ofFilter: f) * channelsPerGroup + c }

    /// The filters that read input channel `c`: those of its group c / (C/groups).
    public func filters(readingInputChannel c: Int) -> Range<Int> {
        let group = c / channelsPerGroup
        return (group * filtersPerGroup)..<((group + 1) * filtersPerGroup)
    }

    /// The kernel channel, in each filter of its group, that reads input channel `c`: c mod (C/groups).
    public func kernelChannel(readingInputChannel c: Int) -> Int { c % channelsPerGroup }

    /// Multiply-adds of the forward pass: F·OH·OW·(C/groups)·KH·KW, counting taps that land on padding (as FLOP
    /// counters do) and not the bias additions.
    public var multiplyAddCount: Int {
        outputShape.reduce(1, *) * channelsPerGroup * window.rows.kernelSize * window.columns.kernelSize
    }

    /// Checks that `groups` splits the input channels and the filters evenly and that each filter has one kernel
    /// slice per channel of its group.
    static func validateGroups(_ groups: Int, inputChannels: Int, filters: Int, filterChannels: Int) throws(ShapeError) {
        guard groups > 0 else { throw .nonPositiveGroups(value: groups) }
        guard inputChannels % groups == 0 else {
            throw .channelsNotDivisibleByGroups(inputChannels: inputChannels, groups: groups)
        }
        guard filters % groups == 0 else { throw .filtersNotDivisibleByGroups(filters: filters, groups: groups) }
        guard filterChannels == inputChannels / groups else {
            guard groups == 1 else {
                throw .groupChannelMismatch(inputChannels: inputChannels, groups: groups, filterChannels: filterChannels)
            }
            throw .channelMismatch(inputChannels: inputChannels, filterChannels: filterChannels)
        }
    }
}
