/// The result of checking bytes for well-formed UTF-8.
struct UTF8Validation: Sendable, Equatable {
    /// How many leading bytes are well-formed UTF-8.
    var validCount: Int
    /// Whether the byte at `validCount` starts an ill-formed sequence.
    ///
    /// When `false` and
    /// `validCount` is less than the input's count, the input ends with the start of a sequence
    /// that may be completed by the following bytes.
    var isInvalid: Bool

    /// Checks `bytes` strictly (no overlong forms, surrogates or scalars above U+10FFFF).
    ///
    /// ASCII is skipped eight bytes at a time, so validating mostly-ASCII grade tables is cheap.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Validation {
        guard let base = bytes.baseAddress else { return UTF8Validation(validCount: 0, isInvalid: false) }
        let count = bytes.count
        var i = 0
        while i < count {
            // Fast path: eight ASCII bytes at a time.
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            if i >= count { break }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return UTF8Validation(validCount: i, isInvalid: true)
            }
            for k in 1..<length {
                if i + k >= count { return UTF8Validation(validCount: i, isInvalid: false) }
                let byte = base[i + k]
                let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                if byte < lo || byte > hi { return UTF8Validation(validCount: i, isInvalid: true) }
            }
            i += length
        }
        return UTF8Validation(validCount: count, isInvalid: false)
    }
}
