import CNNEngine
import LessonExport
import LessonFiles
import LessonModel

/// Lessons made in code for the benchmarks (large inputs would be slow to write and parse as YAML).
enum BenchLessons {
    /// A convolution lesson over a `channels`×`size`×`size` input with one 3×3 filter.
    static func convolution(channels: Int, size: Int) throws -> Lesson {
        let input = Tensor(shape: [channels, size, size]) { Double(($0[0] * 7 + $0[1] * 3 + $0[2]) % 11) - 5 }
        let filters = Tensor(shape: [1, channels, 3, 3]) { Double(($0[1] + $0[2] * 3 + $0[3]) % 3) - 1 }
        let conv = try Conv2D(input: input, filters: filters, bias: Tensor(vector: [1]))
        return Lesson(
            id: "bench-\(size)", title: "\(channels)×\(size)×\(size) benchmark", introduction: "", sourceName: "bench",
            stages: [.convolution(conv)], gradOutput: nil, names: .standard, symbolic: false, narration: [:],
            expected: [], notes: [])
    }
}
