import CNNEngine
import LessonModel

/// A lesson's tensors as pictures for a handout: the input, then the result of every phase, one picture per
/// plane (channel, filter), each drawn with its tensor's scale and the one colour map. Pure data: the caller
/// encodes and writes the files (`export --pictures`).
public struct LessonPictureSet: Sendable {
    /// One picture.
    public struct Picture: Sendable, Equatable {
        /// The file name, e.g. `house-edges-input.png` or `house-edges-phase1-2.png` (phase 1, plane 2).
        public let fileName: String
        /// What it shows, e.g. `Z [2/2], 62×62, −700 … 0 … 700 (blue, white, red)`.
        public let caption: String
        /// The phase whose result it is (0-based), nil for the lesson's input.
        public let phase: Int?
        /// Pixels down and across (the tensor's rows and columns times `enlargement`).
        public let height: Int, width: Int
        /// Whether `samples` are red, green, blue per pixel rather than one grey value.
        public let isColour: Bool
        /// 8-bit samples, row by row, `isColour` ? 3 : 1 per pixel.
        public let samples: [UInt8]
    }

    /// Pictures smaller than this many pixels on their longer side are enlarged by whole pixels (each value a
    /// square block), so a 4×4 result is visible in a handout.
    public static let smallestSide = 128
    /// The largest enlargement.
    public static let largestEnlargement = 32

    /// The pictures, input first, then each phase's result in teaching order.
    public let pictures: [Picture]

    /// The pictures of `lesson`; tensors of a single value are left out. `describe(value)` writes the numbers of
    /// captions (so they read as the transcript's do).
    public init(lesson: Lesson, describe: (Double) -> String) {
        var pictures: [Picture] = []
        if let phase = lesson.phases.first, let input = lesson.stages.first?.input {
            let scale = phase.pictureScales(result: nil, image: lesson.image)[.input] ?? .fitting(input.scalars)
            let colour = lesson.image?.isColour == true && input.shape.first == 3
            pictures += Self.planes(
                of: input, scale: scale, colour: colour, name: "\(lesson.id)-input", caption: lesson.names.input,
                phase: nil, describe: describe)
        }
        for (index, phase) in lesson.phases.enumerated() {
            guard let operation = phase.operation else { continue }
            let result = operation.result()
            let scales = phase.pictureScales(result: result, image: lesson.image)
            guard result.count > 1, let scale = scales[operation.resultName] else { continue }
            pictures += Self.planes(
                of: result, scale: scale, colour: false, name: "\(lesson.id)-phase\(index + 1)",
                caption: phase.names.name(of: operation.resultName), phase: index, describe: describe)
        }
        self.pictures = pictures
    }

    /// One picture per plane of `tensor` (all three channels in one when `colour`).
    private static func planes(
        of tensor: Tensor, scale: PictureScale, colour: Bool, name: String, caption: String, phase: Int?,
        describe: (Double) -> String
    ) -> [Picture] {
        let rows = tensor.rank >= 2 ? tensor.shape[tensor.rank - 2] : 1, columns = tensor.shape.last ?? 1
        let planeSize = rows * columns, count = tensor.count / max(planeSize, 1)
        let ends = scale.legendValues.map(describe).joined(separator: " … ")
        let colours = scale.isSigned ? " (blue, white, red)" : " (black … white)"
        let size = "\(rows)×\(columns)"
        if colour {
            let samples = (0..<planeSize).flatMap { pixel in
                (0..<3).map { channel in Self.level(scale.tone(tensor.scalars[channel * planeSize + pixel])) }
            }
            return [
                picture(
                    samples, rows: rows, columns: columns, colour: true, fileName: name + ".png",
                    caption: "\(caption), \(size), red, green and blue, \(ends)", phase: phase)
            ]
        }
        return (0..<count).map { plane in
            let values = tensor.scalars[(plane * planeSize)..<((plane + 1) * planeSize)]
            let isGrey = !scale.isSigned
            let samples = values.flatMap { value -> [UInt8] in
                let rgb = PictureColourMap.rgb(scale.tone(value))
                return isGrey ? [rgb.red] : [rgb.red, rgb.green, rgb.blue]
            }
            let suffix = count > 1 ? "-\(plane + 1)" : ""
            let which = count > 1 ? " [\(plane + 1)/\(count)]" : ""
            return picture(
                samples, rows: rows, columns: columns, colour: !isGrey, fileName: name + suffix + ".png",
                caption: "\(caption)\(which), \(size), \(ends)\(colours)", phase: phase)
        }
    }

    /// A picture of `rows` × `columns` values, each enlarged to a square block when the picture is small.
    private static func picture(
        _ samples: [UInt8], rows: Int, columns: Int, colour: Bool, fileName: String, caption: String, phase: Int?
    ) -> Picture {
        let factor = min(largestEnlargement, max(1, smallestSide / max(rows, columns, 1)))
        let channels = colour ? 3 : 1
        var enlarged: [UInt8] = []
        enlarged.reserveCapacity(samples.count * factor * factor)
        for row in 0..<rows {
            var line: [UInt8] = []
            for column in 0..<columns {
                let pixel = samples[((row * columns + column) * channels)..<((row * columns + column + 1) * channels)]
                for _ in 0..<factor { line += pixel }
            }
            for _ in 0..<factor { enlarged += line }
        }
        return Picture(
            fileName: fileName, caption: caption, phase: phase, height: rows * factor, width: columns * factor,
            isColour: colour, samples: enlarged)
    }

    /// A grey tone's level (a colour image's channel is drawn on its own intensity scale).
    private static func level(_ tone: PictureTone) -> UInt8 {
        PictureColourMap.rgb(tone).red
    }
}
