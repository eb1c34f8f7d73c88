import CNNEngine
import ImageFiles
import LessonModel
import Yams

extension LessonReader {
    /// `input: {image: PATH, channels: grey|rgb, size: [H, W], scale: 255|1}`: the picture as a `[C][H][W]`
    /// tensor, or nil after reporting the problem at the key it is about (the path for file problems, `size`
    /// for sizes). Records what the lesson needs to know about the image in `image`.
    mutating func imageInput(_ node: Node) -> Tensor? {
        guard let fields = mapping(node, named: "input", allowed: LessonFormat.imageInputKeys) else { return nil }
        guard let pathNode = fields["image"] else {
            error("`input` as a mapping needs `image`", at: node, hint: "write `input: {image: images/house.png}`, or the matrix itself")
            return nil
        }
        guard let path = string(pathNode, named: "image"), !path.isEmpty else { return nil }
        // Both are read before either is checked, so a bad key and a bad file are reported together.
        let converting = imageConversion(fields)
        let raster: RasterImage
        do {
            raster = try images.read(path)
        } catch {
            self.error(error.description, at: pathNode, hint: Self.imageHint(error))
            return nil
        }
        guard var conversion = converting else { return nil }
        if conversion.channels == nil { conversion.channels = raster.channels }
        let size = conversion.size ?? raster.size
        let shape = [conversion.channels?.count ?? 1, size.height, size.width]
        let limitHint = "shrink it by area averaging with `size: [H, W]` under `input`"
        guard checkInputLimits(shape, node: fields["size"] ?? pathNode, hint: limitHint) else { return nil }
        do {
            let tensor = try raster.tensor(conversion)
            image = LessonImage(
                path: path, storedHeight: raster.height, storedWidth: raster.width, isColour: conversion.channels == .rgb,
                fullIntensity: conversion.scale.rawValue)
            return tensor
        } catch {
            self.error(error.description, at: fields["size"] ?? pathNode)
            return nil
        }
    }

    /// `channels`, `scale` and `size`, each checked at its key; nil if any is wrong.
    private mutating func imageConversion(_ fields: [String: Node]) -> TensorConversion? {
        var conversion = TensorConversion(), valid = true
        if let node = fields["channels"] {
            let text = string(node, named: "channels").map { $0 == "gray" ? "grey" : $0 }
            if let channels = text.flatMap(ImageChannels.init(rawValue:)) {
                conversion.channels = channels
            } else {
                error("channels must be `grey` or `rgb`", at: node)
                valid = false
            }
        }
        if let node = fields["scale"] {
            let value = node.scalar.flatMap { Double(Self.normalizedNumber($0.string)) }
            if let scale = SampleScale.allCases.first(where: { $0.rawValue == value }) {
                conversion.scale = scale
            } else {
                error("scale must be 255 (values 0–255) or 1 (values 0–1)", at: node)
                valid = false
            }
        }
        if let node = fields["size"] {
            if let pair = pair(node, named: "size", range: 1...LessonLimits.spatialSize) {
                conversion.size = ImageSize(height: pair.rows, width: pair.columns)
            } else {
                valid = false
            }
        }
        return valid ? conversion : nil
    }

    /// What to do about an image that cannot be read.
    private static func imageHint(_ error: ImageFileError) -> String? {
        switch error {
        case .missing: "the path is relative to the lesson file's folder"
        case .notAnImage, .unsupportedFormat: "save it as PNG, or as PGM (P2/P5) or PPM (P3/P6)"
        case .tooLarge, .fileTooLarge: "make the image smaller; `size: [H, W]` shrinks what the lesson uses, not the file"
        case .truncated, .corrupt, .badHeader, .unsupportedMaxValue: "save the image again from an image editor"
        case .unreadable, .invalidSize, .sizeLargerThanImage: nil
        }
    }
}
