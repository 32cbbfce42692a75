import GradePortCore

extension [UInt8] {
    /// Appends an integer's decimal digits, without allocating a `String`.
    mutating func appendInteger(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any Int's digits
        Swift.withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(contentsOf: buffer[start...])
        }
    }

    /// Appends a decimal in its shortest form (`18`, `18.5`, `-0.25`), as JSON and CSV want it.
    mutating func appendDecimal(_ value: DecimalNumber) {
        let scale = DecimalNumber.scale
        let whole = value.scaledValue / scale
        var fraction = (value.scaledValue % scale).magnitude
        if value.scaledValue < 0 && whole == 0 { append(UInt8(ascii: "-")) }
        appendInteger(Int(whole))
        guard fraction != 0 else { return }
        append(UInt8(ascii: "."))
        var divisor = UInt64(scale / 10)
        while fraction != 0 {
            append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }
}
