import LessonModel
import LessonText

/// The Python functions a NumPy snippet defines: readable loops, one function per operation and direction.
enum NumPyFunctions {
    /// The helpers the operations' functions share, in order (the crop only for a backward pass).
    static func helpers(backward: Bool) -> [String] {
        [padding, window, outputSize] + (backward ? [crop] : [])
    }

    /// `pad_hw`: zero (or any value) padding on the four sides.
    static let padding = """
        def pad_hw(x, pad, value=0.0):
            \"\"\"x [C][H][W] with cells of `value` around each channel; pad = (top, bottom, left, right).\"\"\"
            top, bottom, left, right = pad
            return np.pad(x, ((0, 0), (top, bottom), (left, right)), constant_values=value)
        """

    /// `crop_hw`: the inverse of `pad_hw`.
    static let crop = """
        def crop_hw(xp, pad, shape):
            \"\"\"The inverse of pad_hw: the cells of a padded [C][H][W] array that lie inside the input.\"\"\"
            top, _, left, _ = pad
            return xp[:, top:top + shape[1], left:left + shape[2]]
        """

    /// `window`: the slices of the padded input under one output cell.
    static let window = """
        def window(i, j, kernel, stride, dilation=(1, 1)):
            \"\"\"The rows and columns of the padded input that output cell (i, j) sees.\"\"\"
            (kh, kw), (sh, sw), (dh, dw) = kernel, stride, dilation
            return slice(i * sh, i * sh + dh * (kh - 1) + 1, dh), slice(j * sw, j * sw + dw * (kw - 1) + 1, dw)
        """

    /// `output_size`: how many windows fit along one axis.
    static let outputSize = """
        def output_size(padded, kernel, stride, dilation=1):
            \"\"\"How many windows fit along one axis of the padded input: (n - d*(k - 1) - 1) // s + 1.\"\"\"
            return (padded - dilation * (kernel - 1) - 1) // stride + 1
        """

    /// `conv2d`: the forward convolution.
    static let conv2d = """
        def conv2d(x, w, b, stride, pad, dilation, groups=1):
            \"\"\"Cross-correlation of x [C][H][W] with filters w [F][C/groups][KH][KW], plus one bias per filter;
            filter f reads only its group's channels.\"\"\"
            xp = pad_hw(x, pad)
            kernel = w.shape[2:]
            oh = output_size(xp.shape[1], kernel[0], stride[0], dilation[0])
            ow = output_size(xp.shape[2], kernel[1], stride[1], dilation[1])
            out = np.zeros((w.shape[0], oh, ow))
            for f in range(w.shape[0]):
                channels = group_channels(f, w.shape[0], x.shape[0], groups)
                for i in range(oh):
                    for j in range(ow):
                        rows, cols = window(i, j, kernel, stride, dilation)
                        out[f, i, j] = np.sum(xp[channels, rows, cols] * w[f]) + b[f]
            return out
        """

    /// `conv2d_backward`: dL/dX, dL/dW and dL/db.
    static let conv2dBackward = """
        def conv2d_backward(x, w, dout, stride, pad, dilation, groups=1):
            \"\"\"dL/dX, dL/dW and dL/db of conv2d, given dL/dO `dout` [F][OH][OW].\"\"\"
            xp = pad_hw(x, pad)
            dxp, dw = np.zeros_like(xp), np.zeros_like(w)
            kernel = w.shape[2:]
            for f in range(dout.shape[0]):
                channels = group_channels(f, w.shape[0], x.shape[0], groups)
                for i in range(dout.shape[1]):
                    for j in range(dout.shape[2]):
                        rows, cols = window(i, j, kernel, stride, dilation)
                        dw[f] += dout[f, i, j] * xp[channels, rows, cols]      # each weight met these inputs
                        dxp[channels, rows, cols] += dout[f, i, j] * w[f]      # each input fed these outputs
            db = dout.sum(axis=(1, 2))
            return crop_hw(dxp, pad, x.shape), dw, db
        """

    /// `relu`.
    static let reluForward = """
        def relu(x):
            \"\"\"max(0, x), cell by cell.\"\"\"
            return np.maximum(x, 0.0)
        """

    /// `relu_backward`.
    static let reluBackward = """
        def relu_backward(x, dout):
            \"\"\"dL/dX = dL/dO where x > 0, else 0 (the gradient at exactly 0 is taken as 0).\"\"\"
            return dout * (x > 0)
        """

    /// `group_channels`: the input channels a filter of a grouped convolution reads.
    static let groupChannels = """
        def group_channels(f, filters, channels, groups):
            \"\"\"The slice of input channels filter f reads: its group's (all of them when groups is 1).\"\"\"
            g = f // (filters // groups)
            return slice(g * (channels // groups), (g + 1) * (channels // groups))
        """

    /// `pool_geometry`: output size and the cells a ceil_mode window hangs past the padded input.
    static let poolGeometry = """
        def pool_geometry(n, size, stride, before, after, dilation, ceil_mode):
            \"\"\"Windows along one axis and how far the last hangs past the padded input (PyTorch's rule: with
            ceil_mode the last window must start inside the input or its left padding).\"\"\"
            span, padded = dilation * (size - 1) + 1, n + before + after
            count = (-(-(padded - span) // stride) if ceil_mode else (padded - span) // stride) + 1
            if ceil_mode and (count - 1) * stride >= n + before:
                count -= 1
            return count, max(0, (count - 1) * stride + span - padded)
        """

    /// `maxpool2d`.
    static let maxPool2d = """
        def maxpool2d(x, size, stride, pad, dilation=(1, 1), ceil_mode=False):
            \"\"\"The largest value of each window, channel by channel; padding counts as -inf.\"\"\"
            top, bottom, left, right = pad
            oh, extra_h = pool_geometry(x.shape[1], size[0], stride[0], top, bottom, dilation[0], ceil_mode)
            ow, extra_w = pool_geometry(x.shape[2], size[1], stride[1], left, right, dilation[1], ceil_mode)
            xp = pad_hw(x, (top, bottom + extra_h, left, right + extra_w), -np.inf)
            out = np.zeros((x.shape[0], oh, ow))
            for i in range(oh):
                for j in range(ow):
                    rows, cols = window(i, j, size, stride, dilation)
                    out[:, i, j] = xp[:, rows, cols].max(axis=(1, 2))
            return out
        """

    /// `maxpool2d_backward`: the gradient goes to the first maximum.
    static let maxPool2dBackward = """
        def maxpool2d_backward(x, dout, size, stride, pad, dilation=(1, 1), ceil_mode=False):
            \"\"\"Each dL/dO cell goes to its window's maximum; on a tie, to the first one in row-major order.\"\"\"
            top, bottom, left, right = pad
            _, extra_h = pool_geometry(x.shape[1], size[0], stride[0], top, bottom, dilation[0], ceil_mode)
            _, extra_w = pool_geometry(x.shape[2], size[1], stride[1], left, right, dilation[1], ceil_mode)
            xp = pad_hw(x, (top, bottom + extra_h, left, right + extra_w), -np.inf)
            dxp = np.zeros_like(xp)
            for c in range(dout.shape[0]):
                for i in range(dout.shape[1]):
                    for j in range(dout.shape[2]):
                        rows, cols = window(i, j, size, stride, dilation)
                        u, v = np.unravel_index(np.argmax(xp[c, rows, cols]), size)
                        dxp[c, rows, cols][u, v] += dout[c, i, j]
            return crop_hw(dxp, pad, x.shape)
        """

    /// `avg_counts`: per cell of the (extended) padded input, whether it counts in a window's divisor.
    static let averageCounts = """
        def avg_counts(x, pad, extra_h, extra_w, count_include_pad):
            \"\"\"1 where a cell counts in the divisor: real cells, padding too when count_include_pad, never the
            cells a ceil_mode window hangs past the padded input.\"\"\"
            counts = pad_hw(np.ones((1,) + x.shape[1:]), pad, 1.0 if count_include_pad else 0.0)
            return pad_hw(counts, (0, extra_h, 0, extra_w))[0]
        """

    /// `avgpool2d`.
    static let averagePool2d = """
        def avgpool2d(x, size, stride, pad, ceil_mode=False, count_include_pad=True):
            \"\"\"The mean of each window, channel by channel; padding counts as 0 (and in the divisor unless
            count_include_pad is False).\"\"\"
            top, bottom, left, right = pad
            oh, extra_h = pool_geometry(x.shape[1], size[0], stride[0], top, bottom, 1, ceil_mode)
            ow, extra_w = pool_geometry(x.shape[2], size[1], stride[1], left, right, 1, ceil_mode)
            xp = pad_hw(x, (top, bottom + extra_h, left, right + extra_w))
            counts = avg_counts(x, pad, extra_h, extra_w, count_include_pad)
            out = np.zeros((x.shape[0], oh, ow))
            for i in range(oh):
                for j in range(ow):
                    rows, cols = window(i, j, size, stride)
                    out[:, i, j] = xp[:, rows, cols].sum(axis=(1, 2)) / counts[rows, cols].sum()
            return out
        """

    /// `avgpool2d_backward`.
    static let averagePool2dBackward = """
        def avgpool2d_backward(x, dout, size, stride, pad, ceil_mode=False, count_include_pad=True):
            \"\"\"Each dL/dO cell is shared equally by the cells its window divided by.\"\"\"
            top, bottom, left, right = pad
            _, extra_h = pool_geometry(x.shape[1], size[0], stride[0], top, bottom, 1, ceil_mode)
            _, extra_w = pool_geometry(x.shape[2], size[1], stride[1], left, right, 1, ceil_mode)
            counts = avg_counts(x, pad, extra_h, extra_w, count_include_pad)
            dxp = np.zeros((x.shape[0],) + counts.shape)
            for i in range(dout.shape[1]):
                for j in range(dout.shape[2]):
                    rows, cols = window(i, j, size, stride)
                    share = counts[rows, cols] / counts[rows, cols].sum()
                    dxp[:, rows, cols] += dout[:, i, j, None, None] * share
            return crop_hw(dxp, pad, x.shape)
        """

    /// `flatten` and its backward: a reshape each way.
    static let flatten = """
        def flatten(x):
            \"\"\"[C][H][W] as one vector, channel by channel and row by row (torch.flatten's order).\"\"\"
            return x.reshape(-1)


        def flatten_backward(x, dout):
            \"\"\"The gradient put back in x's shape.\"\"\"
            return dout.reshape(x.shape)
        """

    /// `linear`.
    static let linear = """
        def linear(x, w, b):
            \"\"\"y = W x + b: one row of weights per output.\"\"\"
            return w @ x + b
        """

    /// `linear_backward`.
    static let linearBackward = """
        def linear_backward(x, w, dout):
            \"\"\"dL/dx = W^T dL/dy, dL/dW = dL/dy x^T (an outer product), dL/db = dL/dy.\"\"\"
            return w.T @ dout, np.outer(dout, x), dout.copy()
        """

    /// `sigmoid`.
    static let sigmoid = """
        def sigmoid(x):
            \"\"\"1 / (1 + e^-x), cell by cell.\"\"\"
            return 1.0 / (1.0 + np.exp(-x))
        """

    /// `sigmoid_backward`.
    static let sigmoidBackward = """
        def sigmoid_backward(x, dout):
            \"\"\"dL/dx = dL/dy * s(x) * (1 - s(x)).\"\"\"
            s = sigmoid(x)
            return dout * s * (1.0 - s)
        """

    /// `softmax`, also used by the cross-entropy functions.
    static let softmax = """
        def softmax(z):
            \"\"\"e^z / sum(e^z), with the largest score subtracted first (the same probabilities, no overflow).\"\"\"
            e = np.exp(z - z.max())
            return e / e.sum()
        """

    /// `softmax_backward`.
    static let softmaxBackward = """
        def softmax_backward(z, dout):
            \"\"\"dL/dz = p * (dL/dp - sum(p * dL/dp)): the softmax's Jacobian applied to dL/dp.\"\"\"
            p = softmax(z)
            return p * (dout - np.dot(p, dout))
        """

    /// `mse_loss` and its backward.
    static let meanSquaredError = """
        def mse_loss(x, y):
            \"\"\"The mean of (x - y)^2, as a one-value array like the tutor's L.\"\"\"
            return np.array([np.mean((x - y) ** 2)])


        def mse_loss_backward(x, y, dout):
            \"\"\"dL/dx = 2 (x - y) / N, times dL/dL (1 when the loss ends the network).\"\"\"
            return dout[0] * 2.0 * (x - y) / x.size
        """

    /// `cross_entropy` and its backward (they use `softmax`).
    static let crossEntropy = """
        def cross_entropy(z, t):
            \"\"\"-log softmax(z)[t] from the scores z and the class t, as log(sum(e^z)) - z[t].\"\"\"
            m = z.max()
            return np.array([np.log(np.exp(z - m).sum()) + m - z[t]])


        def cross_entropy_backward(z, t, dout):
            \"\"\"dL/dz = p - y, y the one-hot target, times dL/dL.\"\"\"
            y = np.zeros_like(z)
            y[t] = 1.0
            return dout[0] * (softmax(z) - y)
        """

    /// `conv_transpose2d`: stamps, then the padding trimmed off.
    static let convTranspose2d = """
        def conv_transpose2d(x, w, b, stride, pad, output_pad, dilation, groups=1):
            \"\"\"Each input cell stamps its kernels w[c] [F/groups][KH][KW], scaled by its value, onto the output a
            stride apart; overlapping stamps add; then `pad` cells are trimmed from each side (PyTorch's rule).\"\"\"
            full, out_size = transposed_canvas(x, w, stride, pad, output_pad, dilation, groups)
            per_in, per_out = x.shape[0] // groups, w.shape[1]
            for c in range(x.shape[0]):
                for i in range(x.shape[1]):
                    for j in range(x.shape[2]):
                        rows, cols = stamp(i, j, w.shape[2:], stride, dilation)
                        for k in range(per_out):
                            full[(c // per_in) * per_out + k, rows, cols] += x[c, i, j] * w[c, k]
            out = full[:, pad[0]:pad[0] + out_size[0], pad[1]:pad[1] + out_size[1]]
            return out + b[:, None, None]


        def transposed_canvas(x, w, stride, pad, output_pad, dilation, groups):
            \"\"\"A zero output before trimming, large enough for every stamp and the output padding, and the output size
            (H - 1)*s - 2p + d*(k - 1) + output_padding + 1 per axis.\"\"\"
            size = [(x.shape[1 + a] - 1) * stride[a] - 2 * pad[a] + dilation[a] * (w.shape[2 + a] - 1) + output_pad[a] + 1
                    for a in (0, 1)]
            canvas = [max(pad[a] + size[a], (x.shape[1 + a] - 1) * stride[a] + dilation[a] * (w.shape[2 + a] - 1) + 1)
                      for a in (0, 1)]
            return np.zeros((w.shape[1] * groups, canvas[0], canvas[1])), size


        def stamp(i, j, kernel, stride, dilation):
            \"\"\"The output rows and columns (before trimming) where input cell (i, j) lays its kernel.\"\"\"
            rows = slice(i * stride[0], i * stride[0] + dilation[0] * (kernel[0] - 1) + 1, dilation[0])
            cols = slice(j * stride[1], j * stride[1] + dilation[1] * (kernel[1] - 1) + 1, dilation[1])
            return rows, cols
        """

    /// `conv_transpose2d_backward`: each stamp read back.
    static let convTranspose2dBackward = """
        def conv_transpose2d_backward(x, w, dout, stride, pad, output_pad, dilation, groups=1):
            \"\"\"dL/dX, dL/dW and dL/db: each stamp read back against dL/dO (placed where the output was trimmed).\"\"\"
            dfull, out_size = transposed_canvas(x, w, stride, pad, output_pad, dilation, groups)
            dfull[:, pad[0]:pad[0] + out_size[0], pad[1]:pad[1] + out_size[1]] = dout
            dx, dw = np.zeros_like(x), np.zeros_like(w)
            per_in, per_out = x.shape[0] // groups, w.shape[1]
            for c in range(x.shape[0]):
                for i in range(x.shape[1]):
                    for j in range(x.shape[2]):
                        rows, cols = stamp(i, j, w.shape[2:], stride, dilation)
                        for k in range(per_out):
                            patch = dfull[(c // per_in) * per_out + k, rows, cols]
                            dx[c, i, j] += np.sum(patch * w[c, k])
                            dw[c, k] += x[c, i, j] * patch
            return dx, dw, dout.sum(axis=(1, 2))
        """
}
