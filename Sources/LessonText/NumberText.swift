import LessonModel

/// Writes numbers the way the lessons show them: integers plainly, others with up to four decimals.
public enum NumberText {
    /// `−5`, `9.5`, `0.3333`, `−∞` (or ASCII equivalents).
    public static func format(_ value: Double, glyphs: Glyphs = .unicode) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            let whole = Int64(value)
            return whole < 0 ? glyphs.minus + decimal(whole.magnitude) : decimal(whole.magnitude)
        }
        if value.isNaN { return "NaN" }
        if value.isInfinite { return (value < 0 ? glyphs.minus : "") + glyphs.infinity }
        let magnitude = abs(value)
        var text: String
        if magnitude.rounded() == magnitude && magnitude < 1e15 {
            text = decimal(UInt64(magnitude))
        } else if magnitude < 1e-4 {
            text = scientific(magnitude)
        } else if magnitude >= 1e9 {
            text = "\(magnitude)"
        } else {
            text = fixed(magnitude, decimals: 4)
        }
        let isZero = text.allSatisfy { $0 == "0" || $0 == "." }
        return (value < 0 && !isZero ? glyphs.minus : "") + text
    }

    /// The decimal digits of `value`, written straight into the string's storage: the generic `String(_:)` goes
    /// through `description`, and the screen formats every number it shows on every frame. Up to 15 digits fit
    /// a small string, which needs no allocation.
    static func decimal(_ value: UInt64) -> String {
        guard value < 1_000_000_000_000_000 else { return String(value) }
        return String(unsafeUninitializedCapacity: 15) { buffer in
            var remaining = value, count = 0
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
                count += 1
            } while remaining > 0
            buffer[0..<count].reverse()
            return count
        }
    }

    /// A factor in a product: negative numbers in parentheses, `(−1)`.
    public static func factor(_ value: Double, glyphs: Glyphs = .unicode) -> String {
        let text = format(value, glyphs: glyphs)
        return text.hasPrefix(glyphs.minus) ? "(\(text))" : text
    }

    /// A tiny `magnitude` (> 0) to four significant digits, as NumPy prints it: `3.919e-06`, not the seventeen
    /// digits of `3.9190901720498545e-06` in the middle of a sum.
    private static func scientific(_ magnitude: Double) -> String {
        var mantissa = magnitude, exponent = 0
        while mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        while mantissa < 1 {
            mantissa *= 10
            exponent -= 1
        }
        var digits = fixed(mantissa, decimals: 3)
        if digits == "10" {
            digits = "1"
            exponent += 1
        }
        let power = String(exponent.magnitude)
        return digits + "e" + (exponent < 0 ? "-" : "+") + (power.count < 2 ? "0" + power : power)
    }

    /// `value` (≥ 0) rounded to `decimals` places, trailing zeros dropped. Worked in integers: every number on
    /// screen and in a transcript passes through here.
    private static func fixed(_ value: Double, decimals: Int) -> String {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((value * Double(scale)).rounded())
        let whole = scaled / scale
        var fraction = scaled % scale, digits = decimals
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        guard digits > 0 else { return String(whole) }
        let fractionText = String(fraction)
        return String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    /// A finite number exactly, for programs and JSON: `3` for whole numbers, otherwise Swift's shortest
    /// round-tripping form (`0.1`, `1e-05`), so it never loses precision.
    public static func exact(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
