/// Integers written in sheet XML (`r="12"`, `s="3"`, `<v>17</v>`), read straight from their bytes.
enum DecimalBytes {
    /// The integer that `Int(String(decoding: bytes, as: UTF8.self))` would return, without building the
    /// `String` in the common case of 1 to 18 plain digits.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return slowInteger(bytes) }
        var value = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return slowInteger(bytes) }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// Signs, long digit runs and anything unusual: exactly what `Int(_:)` makes of the text.
    private static func slowInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        Int(String(decoding: bytes, as: UTF8.self))
    }
}
