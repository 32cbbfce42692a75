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

    /// The ill-formed sequences replaced by U+FFFD since the last call, each at its offset in the
    /// output of that ``transcode(_:into:)`` call; a transcoder that never replaces returns none.
    mutating func takeReplacements() -> [TextReplacement]
}

extension UTF8Transcoder {
    /// None: this transcoder stops at the first ill-formed sequence instead.
    mutating func takeReplacements() -> [TextReplacement] { [] }
}

/// An ill-formed sequence of bytes that decoding replaced by U+FFFD (`EF BF BD` in UTF-8), so that
/// one bad byte costs one cell, not the rest of the file.
struct TextReplacement: Sendable, Equatable {
    /// Where the replacement character starts in the decoded chunk.
    var offset: Int
    /// The bytes that were replaced.
    var bytes: [UInt8]

    /// The warning text: the bytes in hex and what was done with them.
    var message: String {
        "invalid UTF-8 (bytes \(UTF8PassThrough.hex(bytes))) replaced by \u{FFFD}; the file may be damaged or "
            + "partly in another encoding"
    }
}

/// Passes UTF-8 through after checking it strictly; an ill-formed sequence becomes U+FFFD and is
/// reported (``takeReplacements()``), and decoding goes on after it.
struct UTF8PassThrough: UTF8Transcoder {
    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    private var carry: [UInt8] = []
    private var replacements: [TextReplacement] = []

    mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> String? {
        if carry.isEmpty {
            transcodeWhole(input, into: &output)
        } else {
            // A character cut at the end of the previous chunk: decode it with this chunk.
            let joined = carry + Array(input)
            carry.removeAll()
            joined.withUnsafeBufferPointer { transcodeWhole($0, into: &output) }
        }
        return nil
    }

    mutating func takeReplacements() -> [TextReplacement] {
        defer { replacements.removeAll() }
        return replacements
    }

    /// Appends the well-formed runs of `bytes` to `output`, replaces each ill-formed sequence, and
    /// keeps an incomplete character at the end for the next chunk.
    private mutating func transcodeWhole(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var start = 0
        while start < bytes.count {
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            let check = UTF8Validation.check(rest)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: rest[0..<check.validCount]))
            start += check.validCount
            guard check.isInvalid else {
                carry.append(contentsOf: rest[check.validCount...])
                return
            }
            let sequence = Self.illFormedSequence(in: bytes[start...])
            replacements.append(TextReplacement(offset: output.count, bytes: sequence))
            output.append(contentsOf: Self.replacementCharacter)
            start += sequence.count
        }
    }

    mutating func finish() -> String? {
        carry.isEmpty ? nil : "invalid UTF-8: the file ends inside a character (bytes \(Self.hex(carry)))"
    }

    /// The bytes of an ill-formed sequence, replaced as one: a bad lead byte alone, or a lead byte
    /// with the continuation bytes that follow it (at most as many as it announces). A continuation
    /// byte never starts a character, so no well-formed character is swallowed.
    private static func illFormedSequence(in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        guard let lead = bytes.first, (0xC2...0xF4).contains(lead) else { return Array(bytes.prefix(1)) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var sequence = [lead]
        for byte in bytes.dropFirst().prefix(length - 1) {
            if byte & 0xC0 != 0x80 { break }
            sequence.append(byte)
        }
        return sequence
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
    }
}
