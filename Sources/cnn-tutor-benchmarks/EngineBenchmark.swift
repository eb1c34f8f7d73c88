import CNNEngine
import Foundation

/// Forward + backward of a 3×64×64 input with 8 3×3 filters, against a naive NumPy implementation.
enum EngineBenchmark {
    /// Milliseconds for forward + all three gradients in the engine.
    static func swiftMilliseconds(stride: Int) throws -> Double {
        let input = Tensor(shape: [3, 64, 64]) { Double(($0[0] * 13 + $0[1] * 7 + $0[2]) % 17) / 8 - 1 }
        let filters = Tensor(shape: [8, 3, 3, 3]) { Double(($0[0] + $0[1] * 3 + $0[2] * 5 + $0[3]) % 7) / 3 - 1 }
        let conv = try Conv2D(input: input, filters: filters, bias: Tensor(zeros: [8]), stride: Pair(stride))
        let gradOutput = Tensor(shape: conv.outputShape) { Double(($0[1] + $0[2]) % 5) - 2 }
        let backward = try conv.backward(gradOutput: gradOutput)
        var sink = 0.0
        let time = Measure.medianMilliseconds(runs: 5) {
            sink += conv.forward.result().scalars[0]
            sink += backward.filterGradient.result().scalars[0]
            sink += backward.inputGradient.result().scalars[0]
            sink += backward.biasGradient.result().scalars[0]
        }
        precondition(sink.isFinite)
        return time
    }

    /// Milliseconds for the same work in naive NumPy (loops over output cells), or nil without python3/numpy.
    static func numpyMilliseconds(stride: Int) -> Double? {
        let script = """
            import numpy as np, time
            s = \(stride)
            x = ((np.arange(3)[:, None, None] * 13 + np.arange(64)[None, :, None] * 7 + np.arange(64)[None, None, :]) % 17) / 8 - 1
            w = ((np.arange(8)[:, None, None, None] + np.arange(3)[None, :, None, None] * 3 + np.arange(3)[None, None, :, None] * 5 + np.arange(3)[None, None, None, :]) % 7) / 3 - 1
            b = np.zeros(8)
            oh = (64 - 3) // s + 1
            g = ((np.arange(oh)[None, :, None] + np.arange(oh)[None, None, :]) % 5 - 2) * np.ones((8, 1, 1))
            def run():
                out = np.zeros((8, oh, oh))
                for f in range(8):
                    for i in range(oh):
                        for j in range(oh):
                            out[f, i, j] = np.sum(x[:, i*s:i*s+3, j*s:j*s+3] * w[f]) + b[f]
                dw = np.zeros_like(w); dx = np.zeros_like(x)
                for f in range(8):
                    for i in range(oh):
                        for j in range(oh):
                            dw[f] += g[f, i, j] * x[:, i*s:i*s+3, j*s:j*s+3]
                            dx[:, i*s:i*s+3, j*s:j*s+3] += g[f, i, j] * w[f]
                db = g.sum(axis=(1, 2))
                return out, dw, dx, db
            times = []
            for _ in range(3):
                t = time.perf_counter(); run(); times.append(time.perf_counter() - t)
            print(sorted(times)[1] * 1000)
            """
        let path = NSTemporaryDirectory() + "cnn-tutor-bench-\(getpid()).py"
        guard FileManager.default.createFile(atPath: path, contents: Data(script.utf8)) else { return nil }
        defer { unlink(path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
