/// Converts UTF-16 (either byte order) to UTF-8.
///
/// An odd byte or a high surrogate at the end of a chunk is kept for the next chunk.
struct UTF16Transcoder: UTF8Transcoder {
    let bigEndian: Bool
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> String? {
        output.reserveCapacity(output.count + input.count * 3 / 2 + 4)
        var i = 0
        let count = input.count
        if let first = pendingByte, count > 0 {
            pendingByte = nil
            if let failure = append(unit(first, input[0]), to: &output) { return failure }
            i = 1
        }
        while i + 1 < count {
            let unit = unit(input[i], input[i + 1])
            i += 2
            if unit < 0x80 && pendingHighSurrogate == nil {
                output.append(UInt8(truncatingIfNeeded: unit))
            } else if let failure = append(unit, to: &output) {
                return failure
            }
        }
        if i < count { pendingByte = input[i] }
        return nil
    }

    mutating func finish() -> String? {
        if pendingByte != nil { return "invalid UTF-16: the file has an odd number of bytes (truncated?)" }
        if pendingHighSurrogate != nil { return "invalid UTF-16: the file ends inside a surrogate pair" }
        return nil
    }

    @inline(__always)
    private func unit(_ a: UInt8, _ b: UInt8) -> UInt16 {
        bigEndian ? UInt16(a) << 8 | UInt16(b) : UInt16(b) << 8 | UInt16(a)
    }

    private mutating func append(_ unit: UInt16, to output: inout [UInt8]) -> String? {
        let scalar: UInt32
        if let high = pendingHighSurrogate {
            guard (0xDC00...0xDFFF).contains(unit) else { return "invalid UTF-16: unpaired high surrogate" }
            pendingHighSurrogate = nil
            scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
        } else if (0xD800...0xDBFF).contains(unit) {
            pendingHighSurrogate = unit
            return nil
        } else if (0xDC00...0xDFFF).contains(unit) {
            return "invalid UTF-16: unpaired low surrogate"
        } else {
            scalar = UInt32(unit)
        }
        Self.appendUTF8(scalar, to: &output)
        return nil
    }

    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
