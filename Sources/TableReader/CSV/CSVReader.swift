import GradePortBase

/// A streaming reader of CSV and TSV files, one ``CSVRow`` at a time.
///
/// The reader detects the encoding (UTF-8 with or without BOM, UTF-16, Windows-1251), an
/// Excel `sep=` line and the delimiter, then reads the file through a fixed-size buffer, so
/// memory use does not grow with the file size. It follows RFC 4180 (quoted fields with
/// delimiters, line breaks and doubled quotes; CRLF, LF or CR line ends; no final line break
/// needed) and is lenient where that is safe: a stray quote inside an unquoted field is kept
/// and reported in ``warnings``.
///
/// ```swift
/// let reader = try CSVReader(path: "grades.csv")
/// print(reader.dialect.delimiter)
/// while let row = try reader.next() {
///     print(row.line, row.strings())
/// }
/// ```
///
/// Like a GRDB cursor, `CSVReader` is a class and not a `Sequence`: it owns an open file,
/// moves forward only, and `next()` throws. It is not `Sendable` because it holds mutable
/// reading state; use it from one task at a time and send the ``CSVRow`` values, which are.
public final class CSVReader {
    /// The file path or the name given to in-memory input, used in errors and warnings.
    public let name: String
    /// The detected (or forced) encoding, delimiter and number style.
    public let dialect: CSVDialect
    /// Problems accepted leniently so far, in reading order (at most
    /// ``CSVReadOptions/maxWarnings``; see ``droppedWarningCount``).
    public private(set) var warnings: [TableReadWarning] = []
    /// How many warnings were not kept because of ``CSVReadOptions/maxWarnings``.
    public private(set) var droppedWarningCount = 0

    private let options: CSVReadOptions
    private var stream: TextStream
    private var position = 0
    private var line = 1
    private var previousChunkEndedWithCR = false
    private var isFinished = false
    private var skipsSepLine: Bool
    /// Rows handed back by ``locateHeader(maxRows:where:)``, last one first.
    private var returnedRows: [CSVRow] = []
    private var byteCapacity = 256
    /// The first of the stream's replacements not yet assigned to a row.
    private var replacementCursor = 0
    /// The replacements inside the row being read.
    private var rowReplacements: [TextReplacement] = []
    private var fieldCapacity = 16

    /// Opens the file at `path` and detects its dialect.
    ///
    /// - Throws: ``TableReadError`` when the file cannot be read, is empty or binary, or its
    ///   encoding is unknown.
    public convenience init(path: String, options: CSVReadOptions = .init()) throws {
        try self.init(source: ByteSource(path: path), options: options)
    }

    /// Reads CSV from bytes in memory; `name` is used in errors and warnings.
    ///
    /// - Throws: ``TableReadError`` when the bytes are empty or binary, or their encoding is
    ///   unknown.
    public convenience init(bytes: [UInt8], name: String, options: CSVReadOptions = .init()) throws {
        try self.init(source: ByteSource(bytes: bytes, name: name), options: options)
    }

    init(source: ByteSource, options: CSVReadOptions) throws {
        let name = source.name
        let (sample, isComplete) = try source.peek(TextEncoding.detectionSampleSize)
        let encoding: TextEncoding
        let skip: Int
        if var forced = options.encoding {
            if forced == .utf8 && sample.starts(with: TextEncoding.utf8BOM.byteOrderMark) { forced = .utf8BOM }
            if let signature = sample.withUnsafeBufferPointer(BinarySignature.match) {
                throw TableReadError(.binaryFile, file: name, message: "binary file (\(signature.name))")
            }
            encoding = forced
            skip = sample.starts(with: forced.byteOrderMark) ? forced.byteOrderMark.count : 0
        } else {
            encoding = try TextEncoding.detect(sample: sample, isComplete: isComplete, file: name)
            skip = encoding.byteOrderMark.count
        }

        // Decode the sample once more to find a `sep=` line and the delimiter.
        var text: [UInt8] = []
        var transcoder = TextStream.transcoder(for: encoding)
        _ = sample.withUnsafeBufferPointer { buffer in
            transcoder.transcode(UnsafeBufferPointer(rebasing: buffer[min(skip, buffer.count)...]), into: &text)
        }
        if isComplete && text.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw TableReadError(.emptyFile, file: name, message: "empty file")
        }
        let sepDelimiter = CSVDialect.sepLineDelimiter(in: text)
        let delimiter =
            options.delimiter ?? sepDelimiter
            ?? CSVDialect.detectDelimiter(
                in: text, isComplete: isComplete, fallback: encoding.isUTF16 ? .tab : .comma)

        self.name = name
        self.options = options
        self.dialect = CSVDialect(encoding: encoding, delimiter: delimiter, hasSepLine: sepDelimiter != nil)
        self.skipsSepLine = sepDelimiter != nil
        // A small input (all of it in the detection sample) needs no buffer larger than itself.
        let chunkSize = isComplete ? min(options.chunkSize, max(sample.count, 1)) : options.chunkSize
        self.stream = TextStream(source: source, encoding: encoding, skip: skip, chunkSize: chunkSize)
    }

    /// Returns the next row, or `nil` at the end of the file.
    ///
    /// Rows come in file order, including empty lines (check ``CSVRow/isEmptyRow``). A `sep=`
    /// line is never returned.
    ///
    /// - Throws: ``TableReadError`` for text that is invalid in the file's encoding (at the
    ///   line and field where it occurs), an unterminated quoted field at the end of the file
    ///   (at the line where the quote opened), or a row over the limits of
    ///   ``CSVReadOptions``. Rows before the problem have been returned already.
    public func next() throws -> CSVRow? {
        if let row = returnedRows.popLast() { return row }
        if skipsSepLine {
            skipsSepLine = false
            _ = try readRow()
        }
        return try readRow()
    }

    /// Reads rows until `isHeader` accepts one, looking at no more than `maxRows` rows.
    ///
    /// Adapters use it to skip title and metadata rows above the header of an export. When a
    /// header is found, the next call to ``next()`` returns the row after it. When none is
    /// found, the rows read are handed back, so ``next()`` returns them again.
    ///
    /// - Returns: The header and the rows above it, or `nil`.
    public func locateHeader(
        maxRows: Int = 25, where isHeader: (CSVRow) throws -> Bool
    ) throws -> (header: CSVRow, preamble: [CSVRow])? {
        var preamble: [CSVRow] = []
        do {
            while preamble.count < maxRows, let row = try next() {
                if try isHeader(row) { return (row, preamble) }
                preamble.append(row)
            }
        } catch {
            returnedRows.append(contentsOf: preamble.reversed())
            throw error
        }
        returnedRows.append(contentsOf: preamble.reversed())
        return nil
    }

    private func readRow() throws -> CSVRow? {
        if isFinished { return nil }
        var scanner = CSVRowScanner(
            delimiter: dialect.delimiter.byte, line: line, byteCapacity: byteCapacity, fieldCapacity: fieldCapacity)
        var checkedFields = 0
        while true {
            if position >= stream.text.count {
                try checkLimits(scanner, checkedFields: &checkedFields)
                previousChunkEndedWithCR = stream.text.last == CSVRowScanner.cr
                if try stream.refill() {
                    position = 0
                    replacementCursor = 0
                    continue
                }
                isFinished = true
                line = scanner.line
                if let failure = stream.failure {
                    throw TableReadError(
                        .invalidText, file: name, line: line, column: scanner.ends.count + 1, message: failure)
                }
                if scanner.state == .quoted {
                    throw TableReadError(
                        .unterminatedQuote, file: name, line: scanner.quoteLine, column: scanner.ends.count + 1,
                        message: "a quoted field opened here is not closed at the end of the file (truncated download?)"
                    )
                }
                if scanner.isUntouched { return nil }
                scanner.finishAtEndOfInput()
                return try finish(scanner, checkedFields: &checkedFields)
            }
            let isComplete = stream.text.withUnsafeBufferPointer { text in
                scanner.scan(text, from: &position, previousWasCR: previousChunkEndedWithCR)
            }
            while replacementCursor < stream.replacements.count,
                stream.replacements[replacementCursor].offset < position
            {
                rowReplacements.append(stream.replacements[replacementCursor])
                replacementCursor += 1
            }
            if isComplete {
                line = scanner.line
                return try finish(scanner, checkedFields: &checkedFields)
            }
        }
    }

    private func finish(_ scanner: CSVRowScanner, checkedFields: inout Int) throws -> CSVRow {
        try checkLimits(scanner, checkedFields: &checkedFields)
        for issue in scanner.issues {
            warn(TableReadWarning(file: name, line: issue.line, column: issue.column, message: issue.message))
        }
        if !rowReplacements.isEmpty {
            for (replacement, place) in zip(rowReplacements, scanner.replacementCharacterPlaces()) {
                warn(
                    TableReadWarning(
                        file: name, line: place.line, column: place.field + 1, message: replacement.message,
                        code: .invalidText))
            }
            rowReplacements.removeAll()
        }
        byteCapacity = min(max(byteCapacity, scanner.bytes.count), 1 << 20)
        fieldCapacity = min(max(fieldCapacity, scanner.ends.count), 4096)
        return scanner.row()
    }

    /// Keeps a warning, or counts it once ``CSVReadOptions/maxWarnings`` are kept.
    private func warn(_ warning: TableReadWarning) {
        if warnings.count < options.maxWarnings {
            warnings.append(warning)
        } else {
            droppedWarningCount += 1
        }
    }

    /// Enforces the limits of ``CSVReadOptions`` on the row read so far.
    private func checkLimits(_ scanner: CSVRowScanner, checkedFields: inout Int) throws {
        func exceeded(_ column: Int?, _ message: String) -> TableReadError {
            TableReadError(.limitExceeded, file: name, line: scanner.startLine, column: column, message: message)
        }
        let ends = scanner.ends
        if ends.count > options.maxFieldsPerRow {
            throw exceeded(
                options.maxFieldsPerRow + 1,
                "the row has more fields than \(InputLimit.columns.describe(value: options.maxFieldsPerRow)); not a table?"
            )
        }
        if scanner.bytes.count > options.maxRowBytes {
            throw exceeded(
                nil,
                "the row is longer than \(InputLimit.lineLength.describe(value: options.maxRowBytes)); not a table?")
        }
        guard scanner.bytes.count > options.maxFieldBytes else { return }
        while checkedFields <= ends.count {
            let start = checkedFields == 0 ? 0 : ends[checkedFields - 1] + 1
            let end = checkedFields < ends.count ? ends[checkedFields] : scanner.bytes.count
            if end - start > options.maxFieldBytes {
                throw exceeded(
                    checkedFields + 1,
                    "a field is longer than \(InputLimit.fieldLength.describe(value: options.maxFieldBytes)); "
                        + "an unclosed quote?")
            }
            if checkedFields == ends.count { break }
            checkedFields += 1
        }
    }
}
