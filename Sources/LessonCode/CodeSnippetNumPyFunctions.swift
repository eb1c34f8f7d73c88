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
        def conv2d(x, w, b, stride, pad, dilation):
            \"\"\"Cross-correlation of x [C][H][W] with filters w [F][C][KH][KW], plus one bias per filter.\"\"\"
            xp = pad_hw(x, pad)
            kernel = w.shape[2:]
            oh = output_size(xp.shape[1], kernel[0], stride[0], dilation[0])
            ow = output_size(xp.shape[2], kernel[1], stride[1], dilation[1])
            out = np.zeros((w.shape[0], oh, ow))
            for f in range(w.shape[0]):
                for i in range(oh):
                    for j in range(ow):
                        rows, cols = window(i, j, kernel, stride, dilation)
                        out[f, i, j] = np.sum(xp[:, rows, cols] * w[f]) + b[f]
            return out
        """

    /// `conv2d_backward`: dL/dX, dL/dW and dL/db.
    static let conv2dBackward = """
        def conv2d_backward(x, w, dout, stride, pad, dilation):
            \"\"\"dL/dX, dL/dW and dL/db of conv2d, given dL/dO `dout` [F][OH][OW].\"\"\"
            xp = pad_hw(x, pad)
            dxp, dw = np.zeros_like(xp), np.zeros_like(w)
            kernel = w.shape[2:]
            for f in range(dout.shape[0]):
                for i in range(dout.shape[1]):
                    for j in range(dout.shape[2]):
                        rows, cols = window(i, j, kernel, stride, dilation)
                        dw[f] += dout[f, i, j] * xp[:, rows, cols]      # each weight met these inputs
                        dxp[:, rows, cols] += dout[f, i, j] * w[f]      # each input fed these outputs
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

    /// `maxpool2d`.
    static let maxPool2d = """
        def maxpool2d(x, size, stride, pad):
            \"\"\"The largest value of each window, channel by channel; padding counts as -inf.\"\"\"
            xp = pad_hw(x, pad, -np.inf)
            oh, ow = output_size(xp.shape[1], size[0], stride[0]), output_size(xp.shape[2], size[1], stride[1])
            out = np.zeros((x.shape[0], oh, ow))
            for i in range(oh):
                for j in range(ow):
                    rows, cols = window(i, j, size, stride)
                    out[:, i, j] = xp[:, rows, cols].max(axis=(1, 2))
            return out
        """

    /// `maxpool2d_backward`: the gradient goes to the first maximum.
    static let maxPool2dBackward = """
        def maxpool2d_backward(x, dout, size, stride, pad):
            \"\"\"Each dL/dO cell goes to its window's maximum; on a tie, to the first one in row-major order.\"\"\"
            xp = pad_hw(x, pad, -np.inf)
            dxp = np.zeros_like(xp)
            for c in range(dout.shape[0]):
                for i in range(dout.shape[1]):
                    for j in range(dout.shape[2]):
                        rows, cols = window(i, j, size, stride)
                        u, v = np.unravel_index(np.argmax(xp[c, rows, cols]), size)
                        dxp[c, rows, cols][u, v] += dout[c, i, j]
            return crop_hw(dxp, pad, x.shape)
        """

    /// `avgpool2d`: padding counts in the divisor.
    static let averagePool2d = """
        def avgpool2d(x, size, stride, pad):
            \"\"\"The mean of each window, channel by channel; padding counts as 0 and in the divisor.\"\"\"
            xp = pad_hw(x, pad)
            oh, ow = output_size(xp.shape[1], size[0], stride[0]), output_size(xp.shape[2], size[1], stride[1])
            out = np.zeros((x.shape[0], oh, ow))
            for i in range(oh):
                for j in range(ow):
                    rows, cols = window(i, j, size, stride)
                    out[:, i, j] = xp[:, rows, cols].sum(axis=(1, 2)) / (size[0] * size[1])
            return out
        """

    /// `avgpool2d_backward`.
    static let averagePool2dBackward = """
        def avgpool2d_backward(x, dout, size, stride, pad):
            \"\"\"Each dL/dO cell is shared equally by every cell of its window, padding included.\"\"\"
            dxp = np.zeros_like(pad_hw(x, pad))
            for i in range(dout.shape[1]):
                for j in range(dout.shape[2]):
                    rows, cols = window(i, j, size, stride)
                    dxp[:, rows, cols] += dout[:, i, j, None, None] / (size[0] * size[1])
            return crop_hw(dxp, pad, x.shape)
        """
}
