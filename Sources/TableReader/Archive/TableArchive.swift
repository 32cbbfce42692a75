/// A ZIP archive of CSV files — a OneRoster or School Data Sync bundle — read with the same bounded
/// ZIP reader as XLSX workbooks.
///
/// The archive's directory is read once; each CSV entry is inflated into a temporary file (never
/// into memory) and read by a ``CSVReader`` whose errors and warnings name the entry as
/// `ARCHIVE/ENTRY`. Zip bombs (declared size, compression ratio, actual bytes), encrypted entries and
/// damaged or truncated archives are refused with a ``TableReadError``.
///
/// ```swift
/// let archive = try TableArchive(path: "oneroster.zip")
/// if archive.fileNames.contains("users.csv") {
///     let users = try archive.openCSV("users.csv")
///     while let row = try users.next() { … }
/// }
/// ```
public final class TableArchive {
    /// The archive's path.
    public let path: String
    /// The paths of the archive's files in directory order (folders and macOS resource forks left out).
    public let fileNames: [String]
    private let archive: ZIPArchive
    private let limits: WorkbookLimits

    /// Whether the first bytes of a file are a ZIP archive's.
    public static func isArchive(head: some Collection<UInt8>) -> Bool {
        head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Opens the archive at `path` and reads its directory.
    ///
    /// - Parameters:
    ///   - path: The archive.
    ///   - limits: Bounds on entries and sizes; ``WorkbookLimits/maxTotalBytes`` also bounds each entry.
    /// - Throws: ``TableReadError``: `corruptArchive` for something that is not a ZIP archive or is
    ///   damaged or truncated, `limitExceeded` for too many entries or too many bytes, `io` when the
    ///   file cannot be read.
    public init(path: String, limits: WorkbookLimits = WorkbookLimits()) throws {
        self.path = path
        self.limits = limits
        archive = try ZIPArchive(path: path, limits: limits)
        fileNames = archive.entries.filter { entry in
            !entry.isDirectory && !entry.path.hasPrefix("__MACOSX/")
                && !(entry.path.split(separator: "/").last ?? "").hasPrefix("._")
        }.map(\.path)
    }

    /// Inflates the entry at `name` (exactly as ``fileNames`` lists it) and opens it as CSV.
    ///
    /// - Throws: ``TableReadError``: `io` when there is no such entry or no temporary file can be
    ///   made; the archive's errors (`encrypted`, `limitExceeded`, `corruptArchive`) while inflating;
    ///   the CSV reader's errors (empty, binary, unknown encoding) when opening.
    public func openCSV(_ name: String, options: CSVReadOptions = CSVReadOptions()) throws -> CSVReader {
        let displayName = path + "/" + name
        guard let entry = archive.entries.first(where: { $0.path == name && !$0.isDirectory }) else {
            throw TableReadError(.io, file: displayName, message: "no such file in the archive")
        }
        let temporary = try TemporaryFile(purpose: "archive-entry", file: displayName)
        try archive.extract(
            entry, limit: limits.maxTotalBytes, limits: limits, context: "entry '\(name)'"
        ) { chunk in
            try temporary.write(chunk, file: displayName)
        }
        temporary.finishWriting()
        let reader = try CSVReader(source: ByteSource(path: temporary.path, name: displayName), options: options)
        // The reader holds the file open; its name can go now, and the space is freed when it closes.
        temporary.remove()
        return reader
    }
}
