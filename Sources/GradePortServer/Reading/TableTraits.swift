import Foundation
import GradePortCore
import TableReader

/// The encoding, delimiter and sheet of an input, for its card: what the table readers find in the
/// file's head (a workbook's first visible sheet, a text file's sniffed dialect).
struct TableTraits: Sendable, Hashable {
    var encoding: String?
    var delimiter: String?
    var sheet: String?

    /// Looks at the file at `path`; a file that is neither a workbook nor delimited text has no traits.
    init(path: String) {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        switch fileExtension {
        case "xlsx", "xlsm":
            if let workbook = try? XLSXWorkbook(path: path) {
                sheet = workbook.sheets.first(where: { !$0.isHidden })?.name ?? workbook.sheetNames.first
            }
        case "csv", "tsv", "txt":
            if let reader = try? CSVReader(path: path) {
                encoding = reader.dialect.encoding.rawValue
                let byte = reader.dialect.delimiter.byte
                delimiter = byte == 0x09 ? "tab" : String(UnicodeScalar(byte))
            }
        default:
            break
        }
    }
}
