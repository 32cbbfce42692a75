import GradePortCore
import TableReader

/// Why no adapter takes an input, found by opening it as the table its bytes call for (a CSV in
/// some encoding, an XLSX archive, an Excel XML spreadsheet) and reading its first rows: what the
/// reader refuses (an XML entity declaration, a zip bomb, an unknown encoding, a binary file) is the
/// real reason, and more use to a teacher than "no platform recognises this file".
enum InputRefusal {
    /// How many rows are read to find a problem below the header.
    static let rowsRead = 50

    /// The reader's refusal of `file`, or `nil` when it reads as a table (then no adapter wanted it).
    @Sendable static func explain(_ file: ExportFile) -> ExportReadError? {
        guard !file.isDirectory, (file.size ?? 0) > 0 else { return nil }
        do {
            let table = try TableFile.open(path: file.path)
            for _ in 0..<rowsRead where try table.next() == nil { break }
            return nil
        } catch let error as any DiagnosableError {
            // A binary or empty file gets the registry's own message, which says what to do.
            if error.diagnosticCode == .binaryInput || error.diagnosticCode == .emptyInput { return nil }
            return ExportReadError(
                error.diagnosticCode, error.diagnosticMessage, line: error.diagnosticLine,
                column: error.diagnosticColumn)
        } catch {
            return nil
        }
    }
}
