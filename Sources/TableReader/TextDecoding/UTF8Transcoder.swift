/// Converts a stream of encoded bytes to UTF-8, one chunk at a time.
///
/// Conformers keep the bytes of a character cut at the end of a chunk and finish it with the
/// next chunk, so the input can be read through a fixed-size buffer.
protocol UTF8Transcoder {
    /// Appends the UTF-8 form of `input` to `output`.
    ///
    /// - Returns: `nil` on success, or a description of the first ill-formed sequence; `output`
    ///   then holds everything before it, and the transcoder must not be called again.
    mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> String?

    /// Reports bytes left over at the end of the input (a truncated character), if any.
    mutating func finish() -> String?
}

/// Passes UTF-8 through after checking it strictly.
struct UTF8PassThrough: UTF8Transcoder {
    private var carry: [UInt8] = []

    mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> String? {
        var input = input[...]
        // Complete a sequence cut at the end of the previous chunk.
        while !carry.isEmpty, let byte = input.first {
            carry.append(byte)
            input = input.dropFirst()
            let check = carry.withUnsafeBufferPointer { UTF8Validation.check($0) }
            if check.isInvalid { return Self.describe(carry) }
            if check.validCount == carry.count {
                output.append(contentsOf: carry)
                carry.removeAll()
            }
        }
        let rest = UnsafeBufferPointer(rebasing: input)
        let check = UTF8Validation.check(rest)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: rest[0..<check.validCount]))
        if check.isInvalid {
            return Self.describe(Self.illFormedSequence(in: rest[check.validCount...]))
        }
        carry.append(contentsOf: rest[check.validCount...])
        return nil
    }

    mutating func finish() -> String? {
        carry.isEmpty ? nil : "invalid UTF-8: the file ends inside a character (bytes \(Self.hex(carry)))"
    }

    /// The bytes of an ill-formed sequence: a bad lead byte alone, or a lead byte with its
    /// continuation bytes up to and including the first unexpected byte.
    private static func illFormedSequence(in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        guard let lead = bytes.first, (0xC2...0xF4).contains(lead) else { return Array(bytes.prefix(1)) }
        var sequence = [lead]
        for byte in bytes.dropFirst().prefix(3) {
            sequence.append(byte)
            if byte & 0xC0 != 0x80 { break }
        }
        return sequence
    }

    private static func describe(_ bytes: [UInt8]) -> String {
        "invalid UTF-8 (bytes \(hex(bytes))); the file may be in another encoding or damaged"
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
    }
}
