/// A byte as two uppercase hexadecimal digits, e.g. "0A", for messages about raw data.
func hexByte(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
}
