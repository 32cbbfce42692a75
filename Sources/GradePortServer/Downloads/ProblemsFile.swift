import Foundation
import GradePortCore
import GradePortWriters
import TableReader

/// The problems file: one row per rejected row or cell and per warning — file, line, column, the
/// value as written (read back from delimited text inputs), severity, code and reason — as CSV that
/// Russian and Kazakh Excel opens correctly (UTF-8 with BOM, `;`, formulas guarded).
struct ProblemsFile {
    /// The gradebook whose diagnostics are listed.
    var book: Gradebook
    /// Where each source's file is kept, to read the values back.
    var paths: [Source.ID: String]

    /// The file's bytes, written to `sink` in chunks.
    func write(to sink: (ArraySlice<UInt8>) throws -> Void) throws {
        let problems = book.diagnostics.filter { $0.severity >= .warning }
        let values = cellValues(of: problems)
        var out = CSVRecordBuffer(format: .excel)
        out.header(["file", "line", "column", "value", "severity", "code", "reason"])
        for (index, diagnostic) in problems.enumerated() {
            out.text(diagnostic.file)
            out.integer(diagnostic.line)
            out.integer(diagnostic.column)
            out.text(values[index])
            out.text(diagnostic.severity.rawValue)
            out.text(diagnostic.code.rawValue)
            out.text(diagnostic.message)
            out.endRecord()
            if out.bytes.count > 1 << 16 {
                try sink(out.bytes[...])
                out.removeAll()
            }
        }
        try sink(out.bytes[...])
    }

    /// Per problem, the field at its line and column, for the delimited text inputs (read once each,
    /// streaming, up to the last line asked for).
    private func cellValues(of problems: [Diagnostic]) -> [Int: String] {
        var wanted: [Source.ID: [Int: [(column: Int, problem: Int)]]] = [:]
        for (index, diagnostic) in problems.enumerated() {
            guard let source = diagnostic.source, let line = diagnostic.line, let column = diagnostic.column,
                let path = paths[source], ["csv", "tsv", "txt"].contains((path as NSString).pathExtension.lowercased())
            else { continue }
            wanted[source, default: [:]][line, default: []].append((column, index))
        }
        var values: [Int: String] = [:]
        for (source, lines) in wanted {
            guard let path = paths[source], let reader = try? CSVReader(path: path), let last = lines.keys.max() else {
                continue
            }
            while let row = try? reader.next() {
                if let asked = lines[row.line] {
                    for (column, problem) in asked where column >= 1 {
                        values[problem] = row.string(at: column - 1)
                    }
                }
                if row.line >= last { break }
            }
        }
        return values
    }
}
