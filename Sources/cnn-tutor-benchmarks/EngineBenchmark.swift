import CNNEngine
import Foundation

/// Forward + all three gradients of a convolution in the engine, against naive NumPy and against PyTorch.
enum EngineBenchmark {
    /// One benchmarked convolution: a C×N×N input, F 3×3 filters, a stride, no padding, a bias, float64.
    struct Case {
        /// Input channels C.
        let channels: Int
        /// Input height and width N.
        let size: Int
        /// Filters F.
        let filters: Int
        /// Stride along both axes.
        let stride: Int

        /// `3×64×64, 8 3×3 filters, stride 1`.
        var name: String { "\(channels)×\(size)×\(size), \(filters) 3×3 filter\(filters == 1 ? "" : "s"), stride \(stride)" }
        /// The case as the Python tuple `(C, N, F, stride)`.
        var pythonTuple: String { "(\(channels), \(size), \(filters), \(stride))" }
    }

    /// The cases compared with PyTorch: 3×64×64 with eight filters at strides 1 and 2, and one 256×256 image.
    static let torchCases = [
        Case(channels: 3, size: 64, filters: 8, stride: 1), Case(channels: 3, size: 64, filters: 8, stride: 2),
        Case(channels: 1, size: 256, filters: 1, stride: 1),
    ]
    /// The cases compared with naive NumPy.
    static let numpyCases = Array(torchCases.prefix(2))
    /// Timed runs per figure; the median is reported.
    static let runs = 15

    /// Median milliseconds for forward + all three gradients in the engine (the bulk `result()` of each).
    static func swiftMilliseconds(_ benchmark: Case) throws -> Double {
        let (c, n, f) = (benchmark.channels, benchmark.size, benchmark.filters)
        let input = Tensor(shape: [c, n, n]) { Double(($0[0] * 13 + $0[1] * 7 + $0[2]) % 17) / 8 - 1 }
        let filters = Tensor(shape: [f, c, 3, 3]) { Double(($0[0] + $0[1] * 3 + $0[2] * 5 + $0[3]) % 7) / 3 - 1 }
        let conv = try Conv2D(input: input, filters: filters, bias: Tensor(zeros: [f]), stride: Pair(benchmark.stride))
        let gradOutput = Tensor(shape: conv.outputShape) { Double(($0[1] + $0[2]) % 5) - 2 }
        let backward = try conv.backward(gradOutput: gradOutput)
        var sink = 0.0
        let time = Measure.medianMilliseconds(runs: runs) {
            sink += conv.forward.result().scalars[0]
            sink += backward.filterGradient.result().scalars[0]
            sink += backward.inputGradient.result().scalars[0]
            sink += backward.biasGradient.result().scalars[0]
        }
        precondition(sink.isFinite)
        return time
    }

    /// Median milliseconds for the same work in naive NumPy (loops over output cells), or nil without numpy.
    static func numpyMilliseconds(_ benchmark: Case) -> Double? {
        let script =
            pythonPrelude + """
                c, n, f, s = \(benchmark.pythonTuple)
                x, w, b, g = data(c, n, f, s)
                oh = g.shape[1]
                def run():
                    out = np.zeros((f, oh, oh))
                    for k in range(f):
                        for i in range(oh):
                            for j in range(oh):
                                out[k, i, j] = np.sum(x[:, i*s:i*s+3, j*s:j*s+3] * w[k]) + b[k]
                    dw = np.zeros_like(w); dx = np.zeros_like(x)
                    for k in range(f):
                        for i in range(oh):
                            for j in range(oh):
                                dw[k] += g[k, i, j] * x[:, i*s:i*s+3, j*s:j*s+3]
                                dx[:, i*s:i*s+3, j*s:j*s+3] += g[k, i, j] * w[k]
                    db = g.sum(axis=(1, 2))
                    return out, dw, dx, db
                print(median_ms(run, 3))
                """
        return runPython(script).flatMap { Double($0) }
    }

    /// Median milliseconds of `torch.nn.functional.conv2d` forward + autograd backward (dL/dX, dL/dW, dL/db) on one
    /// thread for each case, or nil when PyTorch cannot be imported.
    static func torchMilliseconds(_ cases: [Case]) -> [Double]? {
        let script =
            pythonPrelude + """
                try:
                    import torch
                except ImportError:
                    sys.exit(3)
                torch.set_num_threads(1)
                for c, n, f, s in [\(cases.map(\.pythonTuple).joined(separator: ", "))]:
                    x, w, b, g = (torch.tensor(a) for a in data(c, n, f, s))
                    x, g = x[None].requires_grad_(), g[None]
                    w.requires_grad_(); b.requires_grad_()
                    def run():
                        x.grad = w.grad = b.grad = None
                        torch.nn.functional.conv2d(x, w, b, stride=s).backward(g)
                    run(); run()
                    print(median_ms(run, \(runs)))
                """
        let times = runPython(script)?.split(separator: "\n").compactMap { Double($0) }
        return times?.count == cases.count ? times : nil
    }

    /// The data of a case as the engine builds it (input, filters, zero bias, dL/dO), and a median timer.
    private static let pythonPrelude = """
        import numpy as np, sys, time
        def data(c, n, f, s):
            x = ((np.arange(c)[:, None, None] * 13 + np.arange(n)[None, :, None] * 7 + np.arange(n)[None, None, :]) % 17) / 8 - 1
            w = ((np.arange(f)[:, None, None, None] + np.arange(c)[None, :, None, None] * 3
                  + np.arange(3)[None, None, :, None] * 5 + np.arange(3)[None, None, None, :]) % 7) / 3 - 1
            oh = (n - 3) // s + 1
            g = ((np.arange(oh)[None, :, None] + np.arange(oh)[None, None, :]) % 5 - 2) * np.ones((f, 1, 1))
            return x, w, np.zeros(f), g
        def median_ms(run, runs):
            times = []
            for _ in range(runs):
                t = time.perf_counter(); run(); times.append(time.perf_counter() - t)
            return sorted(times)[len(times) // 2] * 1000

        """

    /// Runs `script` with `$CNN_TUTOR_PYTHON` (else `python3`) and returns its standard output, or nil when it could
    /// not start or exited with an error.
    private static func runPython(_ script: String) -> String? {
        let path = NSTemporaryDirectory() + "cnn-tutor-bench-\(getpid()).py"
        guard FileManager.default.createFile(atPath: path, contents: Data(script.utf8)) else { return nil }
        defer { unlink(path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [ProcessInfo.processInfo.environment["CNN_TUTOR_PYTHON"] ?? "python3", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
