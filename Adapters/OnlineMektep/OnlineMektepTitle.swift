import Foundation
import GradePortCore
import TableReader

/// The platform's name in the title rows above a journal's header: what tells an OnlineMektep
/// journal from any other journal table with the same columns.
///
/// Looked for, case-insensitively, in every cell of the first rows: `OnlineMektep`,
/// `Online Mektep`, `Онлайн Мектеп`, `Онлайн-мектеп`, `onlinemektep.org`.
enum OnlineMektepTitle {
    /// The spellings, lower-cased, with spaces and hyphens removed.
    static let spellings = ["onlinemektep", "онлайнмектеп"]

    /// How many rows from the top are looked at.
    static let rowsLooked = 10

    /// Whether a cell names the platform.
    static func names(_ cell: String) -> Bool {
        let folded = cell.lowercased().filter { $0 != " " && $0 != "-" && $0 != "\u{00A0}" }
        return spellings.contains { folded.contains($0) }
    }

    /// Whether one of the first rows of the file's first bytes names the platform.
    static func isPresent(in file: ExportFile) -> Bool {
        guard let reader = TablePreview.cursor(for: file) else {
            return false
        }
        for _ in 0..<rowsLooked {
            guard let row = try? reader.next() else { return false }
            if row.strings().contains(where: names) { return true }
        }
        return false
    }
}
