import GradePortCore
import TableReader

/// The platform's name in the title rows above a results table's header.
///
/// Looked for, case-insensitively with spaces and hyphens removed, in every cell of the first
/// rows: `Bilim Land`, `BilimLand`, `bilimland.kz`, `Билим Ленд`, `Білім Ленд`.
enum BilimLandTitle {
    /// The spellings, lower-cased, with spaces and hyphens removed.
    static let spellings = ["bilimland", "билимленд", "білімленд"]

    /// Whether a cell names the platform.
    static func names(_ cell: String) -> Bool {
        let folded = cell.lowercased().filter { $0 != " " && $0 != "-" && $0 != "\u{00A0}" }
        return spellings.contains { folded.contains($0) }
    }
}
