import GradePortCore
import TableReader

/// The CSV files of a OneRoster export, in a folder or a `.zip` archive, found by name.
///
/// File names are matched case-insensitively (the binding names them exactly, but archives made by
/// hand differ), and an archive whose files all sit in one folder (`export/manifest.csv`) is read as
/// if they were at its root.
struct OneRosterBundle {
    /// The input as the user named it.
    let path: String
    /// The files by lower-cased base name (`users.csv` → its path in the folder or archive).
    private let files: [String: String]
    private let archive: TableArchive?

    /// The lower-cased names of the files the bundle holds.
    var fileNames: Set<String> { Set(files.keys) }

    /// Opens a folder input from its entries, or an archive.
    ///
    /// - Throws: `TableReadError` when the archive cannot be read.
    init(_ file: ExportFile) throws {
        path = file.path
        if file.isDirectory {
            archive = nil
            files = Self.index(file.entries.filter { $0.lowercased().hasSuffix(".csv") })
        } else {
            let archive = try TableArchive(path: file.path)
            self.archive = archive
            files = Self.index(archive.fileNames.filter { $0.lowercased().hasSuffix(".csv") })
        }
    }

    /// Whether the bundle holds a file (`users.csv`).
    func contains(_ name: String) -> Bool { files[name.lowercased()] != nil }

    /// The name diagnostics give a file of the bundle: `FOLDER/users.csv` or `ARCHIVE.zip/users.csv`.
    func displayName(_ name: String) -> String {
        path + "/" + (files[name.lowercased()] ?? name)
    }

    /// Opens a file as CSV.
    ///
    /// - Throws: `TableReadError` when it cannot be read (inflated, decoded).
    func open(_ name: String) throws -> CSVReader? {
        guard let entry = files[name.lowercased()] else { return nil }
        if let archive { return try archive.openCSV(entry) }
        return try CSVReader(path: path + "/" + entry)
    }

    /// Lower-cased base names to paths (a file in a folder of an archive is found by its base name).
    private static func index(_ paths: [String]) -> [String: String] {
        var index: [String: String] = [:]
        for path in paths {
            let base = String(path.split(separator: "/").last ?? Substring(path)).lowercased()
            if index[base] == nil { index[base] = path }
        }
        return index
    }
}
