import CNNEngine
import LessonModel

extension Phase {
    /// The scale each tensor this phase draws is pictured with: its operands, the result `result` (the phase's
    /// whole result) and dL/dO. The zero-inserted grid of dL/dO shares dL/dO's scale and the rotated filters the
    /// filters'. The first stage's input read from an image file keeps the image's full intensity (`image`);
    /// an `image` lesson written as numbers 0 … 255 (or 0 … 1) is drawn on that range too.
    public func pictureScales(result: Tensor?, image: LessonImage?) -> [TensorName: PictureScale] {
        var scales: [TensorName: PictureScale] = [:]
        for (name, tensor) in operandTensors where scales[name] == nil {
            scales[name] = PictureScale.fitting(tensor.scalars, fullIntensity: fullIntensity(of: name, tensor, image: image))
        }
        if let gradOutput, scales[.gradOutput] == nil { scales[.gradOutput] = .fitting(gradOutput.scalars) }
        if let result, let name = operation?.resultName {
            scales[name] = PictureScale.fitting(result.scalars, fullIntensity: fullIntensity(of: name, result, image: image))
        }
        if scales[.gradOutputFullGrid] == nil { scales[.gradOutputFullGrid] = scales[.gradOutput] }
        if scales[.rotatedFilters] == nil { scales[.rotatedFilters] = scales[.filters] }
        return scales
    }

    /// The full intensity of the lesson's own input: the image file's `scale`, or for an `image` lesson written
    /// as numbers, 1 or 255 when every value fits in 0 … 1 or 0 … 255.
    private func fullIntensity(of name: TensorName, _ tensor: Tensor, image: LessonImage?) -> Double? {
        guard name == .input, stageIndex == 0 else { return nil }
        if let image { return image.fullIntensity }
        guard stage.isImage else { return nil }
        let highest = tensor.scalars.max() ?? 0
        return highest <= 1 ? 1 : highest <= 255 ? 255 : nil
    }
}
