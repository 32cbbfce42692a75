/// The offset of the first byte that starts an invalid UTF-8 sequence in `bytes[0..<count]`,
/// or `nil` when all of it is valid (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
func firstInvalidUTF8Offset(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int? {
    var index = 0
    @inline(__always) func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
        index + offset < count && bytes[index + offset] >= low && bytes[index + offset] <= high
    }
    while index < count {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: length = 1
        case 0xC2...0xDF: length = continuation(1) ? 2 : 0
        case 0xE0: length = continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: length = continuation(1) && continuation(2) ? 3 : 0
        case 0xED: length = continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: length = continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: length = continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: length = continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: length = 0
        }
        if length == 0 { return index }
        index += length
    }
    return nil
}
