import GradePortBase

/// A read-only view of a ZIP archive: its central directory, read once, and bounded extraction of
/// single entries.
///
/// ZIPFoundation writes the test fixtures, but reading goes through this small reader because a
/// workbook reader needs what ZIPFoundation 0.9.20 does not expose or enforce: the encryption
/// flag of an entry, an exact bound on the compressed bytes fed to the inflater (its Linux inflate
/// loop keeps asking for input past the entry and can spin forever at the end of a crafted file),
/// and limits checked while inflating. See ``ZIPInflater``.
final class ZIPArchive {
    /// The archive's path, used in errors.
    let path: String
    /// The entries in directory order.
    let entries: [ZIPEntry]
    let file: RandomAccessFile
    private let byLowercasedPath: [String: Int]
    /// Where the central directory starts: entry data must end before it.
    private let directoryOffset: UInt64

    private static let endOfDirectorySignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let directorySignature: UInt32 = 0x0201_4B50
    private static let localHeaderSignature: UInt32 = 0x0403_4B50

    /// Opens the archive at `path` and reads its central directory.
    ///
    /// - Throws: ``TableReadError`` `corruptArchive` when there is no valid end-of-directory record
    ///   (not a ZIP, or truncated) or the directory is damaged; `limitExceeded` for too many
    ///   entries or too large a declared total.
    init(path: String, limits: WorkbookLimits) throws {
        let file = try RandomAccessFile(path: path)
        self.file = file
        self.path = path
        func corrupt(_ message: String) -> TableReadError {
            TableReadError(.corruptArchive, file: path, message: message)
        }

        // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535 bytes.
        let tailLength = Int(min(file.size, 22 + 65_535))
        let tailStart = file.size - UInt64(tailLength)
        let tail = try file.read(at: tailStart, count: tailLength)
        var eocd: Int?
        if tail.count >= 22 {
            var index = tail.count - 22
            while index >= 0 {
                if tail.uint32(at: index) == Self.endOfDirectorySignature {
                    eocd = index
                    break
                }
                index -= 1
            }
        }
        guard let eocd else {
            throw corrupt(
                "the ZIP archive has no central directory; the file is truncated (an interrupted download?) or damaged")
        }
        var entryCount = UInt64(tail.uint16(at: eocd + 10))
        var directorySize = UInt64(tail.uint32(at: eocd + 12))
        var directoryOffset = UInt64(tail.uint32(at: eocd + 16))
        let eocdOffset = tailStart + UInt64(eocd)
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF, eocdOffset >= 20 {
            let locator = try file.read(at: eocdOffset - 20, count: 20)
            if locator.count == 20, locator.uint32(at: 0) == Self.zip64LocatorSignature {
                let recordOffset = locator.uint64(at: 8)
                let record = try file.read(at: recordOffset, count: 56)
                guard record.count == 56, record.uint32(at: 0) == Self.zip64EndSignature else {
                    throw corrupt("the ZIP64 end-of-directory record is missing or damaged")
                }
                entryCount = record.uint64(at: 32)
                directorySize = record.uint64(at: 40)
                directoryOffset = record.uint64(at: 48)
            }
        }
        guard entryCount <= UInt64(limits.maxEntries) else {
            throw TableReadError(
                .limitExceeded, file: path,
                message:
                    "the archive has \(entryCount) entries, more than "
                    + "\(InputLimit.archiveEntries.describe(value: limits.maxEntries)) (not a workbook?)")
        }
        guard directoryOffset <= eocdOffset, directorySize <= eocdOffset - directoryOffset,
            directorySize <= UInt64(entryCount) * (46 + 3 * 65_535)
        else {
            throw corrupt("the ZIP central directory lies outside the file; the file is truncated or damaged")
        }
        self.directoryOffset = directoryOffset

        let directory = try file.read(at: directoryOffset, count: Int(directorySize))
        var entries: [ZIPEntry] = []
        entries.reserveCapacity(Int(entryCount))
        var position = 0
        var declaredTotal: UInt64 = 0
        for _ in 0..<entryCount {
            guard position + 46 <= directory.count, directory.uint32(at: position) == Self.directorySignature else {
                throw corrupt("the ZIP central directory is damaged (entry \(entries.count + 1))")
            }
            let nameLength = Int(directory.uint16(at: position + 28))
            let extraLength = Int(directory.uint16(at: position + 30))
            let commentLength = Int(directory.uint16(at: position + 32))
            let nameStart = position + 46
            guard nameStart + nameLength + extraLength + commentLength <= directory.count else {
                throw corrupt("the ZIP central directory is damaged (entry \(entries.count + 1))")
            }
            var compressed = UInt64(directory.uint32(at: position + 20))
            var uncompressed = UInt64(directory.uint32(at: position + 24))
            var offset = UInt64(directory.uint32(at: position + 42))
            // ZIP64 extended information: the 64-bit values of the fields set to 0xFFFFFFFF, in order.
            var extra = nameStart + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = directory.uint16(at: extra)
                let size = Int(directory.uint16(at: extra + 2))
                if id == 0x0001 {
                    var field = extra + 4
                    let fieldEnd = min(field + size, extraEnd)
                    if uncompressed == 0xFFFF_FFFF, field + 8 <= fieldEnd {
                        uncompressed = directory.uint64(at: field)
                        field += 8
                    }
                    if compressed == 0xFFFF_FFFF, field + 8 <= fieldEnd {
                        compressed = directory.uint64(at: field)
                        field += 8
                    }
                    if offset == 0xFFFF_FFFF, field + 8 <= fieldEnd { offset = directory.uint64(at: field) }
                }
                extra += 4 + size
            }
            let name = String(decoding: directory[nameStart..<(nameStart + nameLength)], as: UTF8.self)
            let entry = ZIPEntry(
                path: name, flags: directory.uint16(at: position + 8), method: directory.uint16(at: position + 10),
                crc32: directory.uint32(at: position + 16), compressedSize: compressed,
                uncompressedSize: uncompressed, localHeaderOffset: offset)
            guard offset < directoryOffset, compressed <= directoryOffset - offset else {
                throw corrupt("the ZIP entry '\(name)' lies outside the archive's data; the file is damaged")
            }
            declaredTotal = declaredTotal &+ min(uncompressed, UInt64(Int.max))
            entries.append(entry)
            position = nameStart + nameLength + extraLength + commentLength
        }
        guard declaredTotal <= UInt64(limits.maxTotalBytes) else {
            throw TableReadError(
                .limitExceeded, file: path,
                message: "the archive declares \(declaredTotal) bytes uncompressed in total, more than "
                    + "\(InputLimit.archiveSize.describe(value: limits.maxTotalBytes)) (a zip bomb?)")
        }
        self.entries = entries
        var byLowercasedPath: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            // Part names are case-insensitive in OPC; the first entry of a name wins.
            let key = entry.path.lowercased()
            if byLowercasedPath[key] == nil { byLowercasedPath[key] = index }
        }
        self.byLowercasedPath = byLowercasedPath
    }

    /// The entry at `path` (without a leading `/`), compared case-insensitively as OPC part names are.
    func entry(_ path: String) -> ZIPEntry? {
        var key = path.lowercased()
        if key.hasPrefix("/") { key.removeFirst() }
        return byLowercasedPath[key].map { entries[$0] }
    }

    /// Inflates `entry` and hands its bytes to `consume` in chunks, never more than `limit` bytes.
    ///
    /// The declared sizes are checked first (size, compression ratio), then the actual bytes as they
    /// are produced: more bytes than declared, more than `limit`, a damaged stream, a stream that
    /// ends early, or a wrong CRC-32 all stop extraction with an error.
    ///
    /// - Parameters:
    ///   - entry: The entry to extract.
    ///   - limit: The most uncompressed bytes accepted.
    ///   - limits: For the compression-ratio check.
    ///   - context: How to name the part in errors, such as `sheet 'Лист1' (xl/worksheets/sheet1.xml)`.
    ///   - consume: Receives the uncompressed bytes in order.
    func extract(
        _ entry: ZIPEntry, limit: Int, limits: WorkbookLimits, context: String,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        func fail(_ kind: TableReadError.Code.Kind, _ message: String) -> TableReadError {
            TableReadError(kind, file: path, message: "\(context): \(message)")
        }
        if entry.isEncrypted {
            throw fail(
                .encrypted,
                "the entry is encrypted; the workbook is password-protected — remove the password in Excel and save again"
            )
        }
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw fail(
                .limitExceeded,
                "the part declares \(entry.uncompressedSize) bytes uncompressed; the limit is \(limit) (a zip bomb?)")
        }
        if entry.uncompressedSize > UInt64(limits.ratioThresholdBytes),
            entry.uncompressedSize / max(entry.compressedSize, 1) > UInt64(limits.maxCompressionRatio)
        {
            throw fail(
                .limitExceeded,
                "the part declares \(entry.uncompressedSize) bytes from \(entry.compressedSize) compressed, a ratio "
                    + "above \(InputLimit.compressionRatio.describe(value: limits.maxCompressionRatio)) to 1 (a zip bomb?)"
            )
        }

        let header = try file.read(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30, header.uint32(at: 0) == Self.localHeaderSignature else {
            throw fail(.corruptArchive, "the entry's local header is missing or damaged; the file is corrupt")
        }
        let dataOffset =
            entry.localHeaderOffset + 30 + UInt64(header.uint16(at: 26)) + UInt64(header.uint16(at: 28))
        guard dataOffset <= directoryOffset, entry.compressedSize <= directoryOffset - dataOffset else {
            throw fail(.corruptArchive, "the entry's data runs past the end of the archive's data; the file is corrupt")
        }
        var produced: UInt64 = 0
        let declared = entry.uncompressedSize
        let bounded: (UnsafeRawBufferPointer) throws -> Void = { chunk in
            produced += UInt64(chunk.count)
            if produced > declared {
                throw fail(
                    .limitExceeded,
                    "the part inflates to more than its declared \(declared) bytes; extraction stopped (a zip bomb?)")
            }
            try consume(chunk)
        }
        var crc: UInt32 = 0
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw fail(.corruptArchive, "a stored entry's sizes disagree; the file is corrupt")
            }
            crc = try ZIPInflater.copyStored(
                from: file, at: dataOffset, count: entry.compressedSize, consume: bounded)
        case 8:
            do {
                crc = try ZIPInflater.inflate(
                    from: file, at: dataOffset, count: entry.compressedSize, consume: bounded)
            } catch let failure as ZIPInflater.Failure {
                throw fail(.corruptArchive, failure.message)
            }
        default:
            throw fail(
                .corruptArchive,
                "the entry uses compression method \(entry.method), which is not read (only stored and deflated)")
        }
        guard produced == declared else {
            throw fail(
                .corruptArchive,
                "the part inflates to \(produced) bytes, not the declared \(declared); the file is corrupt")
        }
        guard crc == entry.crc32 else {
            throw fail(.corruptArchive, "the part's checksum (CRC-32) does not match; the file is corrupt")
        }
    }

    /// Extracts `entry` into memory (for small parts: workbook, relationships, styles).
    func bytes(of entry: ZIPEntry, limit: Int, limits: WorkbookLimits, context: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(limit))))
        try extract(entry, limit: limit, limits: limits, context: context) { bytes.append(contentsOf: $0) }
        return bytes
    }
}

extension [UInt8] {
    /// The little-endian 16-bit value at `index`.
    func uint16(at index: Int) -> UInt16 {
        UInt16(self[index]) | UInt16(self[index + 1]) << 8
    }

    /// The little-endian 32-bit value at `index`.
    func uint32(at index: Int) -> UInt32 {
        UInt32(uint16(at: index)) | UInt32(uint16(at: index + 2)) << 16
    }

    /// The little-endian 64-bit value at `index`.
    func uint64(at index: Int) -> UInt64 {
        UInt64(uint32(at: index)) | UInt64(uint32(at: index + 4)) << 32
    }
}
