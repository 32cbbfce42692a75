extension TextEncoding {
    /// How many bytes of a file ``detect(sample:isComplete:file:)`` is meant to look at.
    public static let detectionSampleSize = 64 * 1024

    /// Detects the encoding of a file from its first bytes.
    ///
    /// The rules, in order:
    /// 1. No bytes → ``TableReadError/Code/emptyFile``; a known binary signature (ZIP/XLSX, XLS,
    ///    PDF, PNG, …) → ``TableReadError/Code/binaryFile``.
    /// 2. A byte order mark: `EF BB BF` → ``utf8BOM``, `FF FE` → ``utf16LE``, `FE FF` →
    ///    ``utf16BE``.
    /// 3. NUL bytes or many control characters → ``TableReadError/Code/binaryFile``.
    /// 4. Strictly valid UTF-8 (a character cut at the end of an incomplete sample is allowed) →
    ///    ``utf8``.
    /// 5. High bytes that look like Cyrillic words in Windows-1251 → ``windows1251``.
    /// 6. Valid non-ASCII UTF-8 before an ill-formed sequence → ``utf8`` (the reader then fails
    ///    with ``TableReadError/Code/invalidText`` at the line of the damage).
    /// 7. Otherwise ``TableReadError/Code/unknownEncoding``.
    ///
    /// Nothing but the byte order mark, or only whitespace, in a complete sample →
    /// ``TableReadError/Code/emptyFile``.
    ///
    /// - Parameters:
    ///   - sample: The first bytes of the file, ideally ``detectionSampleSize`` of them.
    ///   - isComplete: Whether `sample` is the whole file.
    ///   - file: The file name used in errors.
    /// - Throws: ``TableReadError``.
    public static func detect(sample: [UInt8], isComplete: Bool, file: String) throws -> TextEncoding {
        try sample.withUnsafeBufferPointer { try detect(sample: $0, isComplete: isComplete, file: file) }
    }

    static func detect(sample: UnsafeBufferPointer<UInt8>, isComplete: Bool, file: String) throws -> TextEncoding {
        func fail(_ kind: TableReadError.Code.Kind, _ message: String) -> TableReadError {
            TableReadError(kind, file: file, message: message)
        }
        if sample.isEmpty && isComplete { throw fail(.emptyFile, "empty file") }
        if let signature = BinarySignature.match(sample) {
            throw fail(.binaryFile, "binary file (\(signature.name)), not a CSV/TSV text file")
        }
        for encoding in [TextEncoding.utf8BOM, .utf16LE, .utf16BE] {
            let mark = encoding.byteOrderMark
            guard sample.count >= mark.count, zip(mark, sample).allSatisfy({ $0 == $1 }) else { continue }
            let body = UnsafeBufferPointer(rebasing: sample[mark.count...])
            if encoding.isUTF16 {
                if body.count >= 2, body[0] == 0, body[1] == 0, encoding == .utf16LE {
                    throw fail(.unknownEncoding, "unknown text encoding (UTF-32 is not supported)")
                }
                try checkUTF16Body(body, bigEndian: encoding == .utf16BE, isComplete: isComplete, fail: fail)
            } else {
                try checkByteBody(body, isComplete: isComplete, fail: fail)
            }
            return encoding
        }
        try checkByteBody(sample, isComplete: isComplete, fail: fail)
        let validation = UTF8Validation.check(sample)
        if !validation.isInvalid && (validation.validCount == sample.count || !isComplete) {
            return .utf8
        }
        if looksLikeWindows1251(sample) { return .windows1251 }
        // Valid non-ASCII UTF-8 before the first bad byte: a UTF-8 file with damage, which the
        // reader reports as invalid text at its line instead of guessing another encoding.
        if sample[..<validation.validCount].contains(where: { $0 >= 0x80 }) { return .utf8 }
        throw fail(
            .unknownEncoding,
            "unknown text encoding (not UTF-8, UTF-16 or Windows-1251); save the file as \"CSV UTF-8\" and try again"
        )
    }

    /// Rejects binary content and whitespace-only files in a single-byte or UTF-8 body.
    private static func checkByteBody(
        _ body: UnsafeBufferPointer<UInt8>, isComplete: Bool,
        fail: (TableReadError.Code.Kind, String) -> TableReadError
    ) throws {
        var controls = 0
        var onlyWhitespace = true
        for byte in body {
            if byte == 0 { throw fail(.binaryFile, "binary file (NUL bytes), not a CSV/TSV text file") }
            if byte == 0x20 || isTextControl(byte) { continue }
            onlyWhitespace = false
            if byte < 0x20 { controls += 1 }
        }
        if isComplete && onlyWhitespace { throw fail(.emptyFile, "empty file") }
        if isMostlyControl(controls, of: body.count) {
            throw fail(.binaryFile, "binary file (control characters), not a CSV/TSV text file")
        }
    }

    /// Rejects binary content and whitespace-only files in a UTF-16 body.
    private static func checkUTF16Body(
        _ body: UnsafeBufferPointer<UInt8>, bigEndian: Bool, isComplete: Bool,
        fail: (TableReadError.Code.Kind, String) -> TableReadError
    ) throws {
        var controls = 0
        var onlyWhitespace = true
        var i = 0
        while i + 1 < body.count {
            let unit =
                bigEndian ? UInt16(body[i]) << 8 | UInt16(body[i + 1]) : UInt16(body[i + 1]) << 8 | UInt16(body[i])
            i += 2
            if unit == 0 { throw fail(.binaryFile, "binary file (NUL characters in UTF-16), not a CSV/TSV text file") }
            if unit == 0x20 || unit < 0x20 && isTextControl(UInt8(unit)) { continue }
            onlyWhitespace = false
            if unit < 0x20 { controls += 1 }
        }
        if isComplete && onlyWhitespace && body.count % 2 == 0 { throw fail(.emptyFile, "empty file") }
        if isMostlyControl(controls, of: body.count / 2) {
            throw fail(.binaryFile, "binary file (control characters), not a CSV/TSV text file")
        }
    }

    /// Tab, LF, CR, form feed and the DOS end-of-file mark (^Z) appear in real text files.
    private static func isTextControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x1A
    }

    private static func isMostlyControl(_ controls: Int, of count: Int) -> Bool {
        controls >= 4 && controls * 50 > count
    }

    /// Whether the high bytes look like Russian words in Windows-1251.
    ///
    /// Nearly all high bytes must be letters (0xC0–0xFF, Ё/ё) rather than CP1251 punctuation,
    /// and letters must mostly stand next to other letters, as in words. Latin-1 text such as "Müller" has isolated high bytes instead.
    static func looksLikeWindows1251(_ sample: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { byte >= 0xC0 || byte == 0xA8 || byte == 0xB8 }
        var high = 0
        var letters = 0
        var lettersInWords = 0
        for (i, byte) in sample.enumerated() where byte >= 0x80 {
            if byte == 0x98 { return false }
            high += 1
            guard isLetter(byte) else { continue }
            letters += 1
            let previous = i > 0 ? sample[i - 1] : 0
            let next = i + 1 < sample.count ? sample[i + 1] : 0
            if isLetter(previous) || isLetter(next) { lettersInWords += 1 }
        }
        return high > 0 && letters * 10 >= high * 8 && lettersInWords * 10 >= letters * 6
    }
}
