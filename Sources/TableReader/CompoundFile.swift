/// An OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`), which is not read.
///
/// It is an Excel 97-2003 workbook, or a password-protected Office document, which Office
/// stores as an `EncryptedPackage` stream with its `EncryptionInfo` inside a compound file.
/// This tells which it is.
enum CompoundFile {
    /// The compound file signature.
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The error explaining why the compound file `file` is not read.
    static func refusal(_ file: RandomAccessFile) throws -> TableReadError {
        let names = try streamNames(file)
        if names.contains("EncryptionInfo") || names.contains("EncryptedPackage") {
            return TableReadError(
                .encrypted, file: file.path,
                message: "a password-protected workbook; remove the password in Excel (File → Info → Protect "
                    + "Workbook) and save it again, or save it as CSV")
        }
        if names.contains("Workbook") || names.contains("Book") {
            return TableReadError(
                .unsupportedFormat, file: file.path,
                message: "an Excel 97-2003 binary workbook (.xls); save it as .xlsx or CSV")
        }
        return TableReadError(
            .encrypted, file: file.path,
            message: "a password-protected or Excel 97-2003 workbook (an OLE2 compound file); remove any password "
                + "and save it as .xlsx or CSV")
    }

    /// The names in the first sector of the compound file's directory (best effort: empty when the
    /// header is damaged).
    private static func streamNames(_ file: RandomAccessFile) throws -> Set<String> {
        let header = try file.read(at: 0, count: 512)
        guard header.count == 512 else { return [] }
        let sectorShift = Int(header.uint16(at: 0x1E))
        guard (9...16).contains(sectorShift) else { return [] }
        let sectorSize = 1 << sectorShift
        let firstDirectorySector = UInt64(header.uint32(at: 0x30))
        guard firstDirectorySector < 0xFFFF_FFFA else { return [] }
        let directory = try file.read(at: (firstDirectorySector + 1) * UInt64(sectorSize), count: sectorSize)
        var names: Set<String> = []
        var offset = 0
        while offset + 128 <= directory.count {
            let length = Int(directory.uint16(at: offset + 64))
            if length >= 2 && length <= 64 {
                let units = stride(from: offset, to: offset + length - 2, by: 2).map { directory.uint16(at: $0) }
                names.insert(String(decoding: units, as: UTF16.self))
            }
            offset += 128
        }
        return names
    }
}
