import Foundation
import GradePortCore
import JSONStream

/// Reads a Kundelik API dump: one JSON file whose keys name the collections, a folder of JSON files
/// named after them (pages such as `marks-2.json` included), or a bare totals response (a JSON
/// array, such as `criteria-marks-totals-light` or `allfinalmarks`).
///
/// Collections: `persons`, `eduGroups`, `subjects`, `reportingPeriods`, `workTypes`, `works`,
/// `marks`, `criteriaMarksSections`, `criteriaMarks`, `criteriaMarksTotals` (see
/// ``KundelikCollection``). Records are gathered as small structs and written at the end, also when
/// the dump turns out to be truncated, so that the records before the damage are kept.
struct KundelikDumpReader {
    /// The input.
    let file: ExportFile

    /// Reads the dump into the builder.
    ///
    /// - Throws: `JSONReadError` when the JSON is malformed or holds none of the collections; the
    ///   records read before the damage are written to the builder first.
    func read(into builder: inout GradebookBuilder) throws {
        let dump = try APIDump(path: file.path)
        var gathered = DumpRecords()
        var failure: (any Error)?
        var summary: APIDumpSummary?
        do {
            summary = try dump.records(in: KundelikCollection.all) { record in
                builder.countRows()
                gathered.add(record)
            }
        } catch {
            failure = error
        }
        let fileClass = dump.isFolder ? nil : ClassName(parsing: file.baseName)?.description
        var writer = DumpGradebookWriter(provenance: DumpProvenance(isFolder: dump.isFolder), fileClassName: fileClass)
        writer.write(gathered, into: &builder)
        if let summary { Self.report(summary, into: &builder) }
        if let failure { throw failure }
    }

    /// Notes the keys and files not read.
    private static func report(_ summary: APIDumpSummary, into builder: inout GradebookBuilder) {
        for ignored in summary.ignoredKeys {
            let name = (ignored.file as NSString).lastPathComponent
            builder.diagnose(
                .info, .ignoredContent, "\(name): '\(ignored.key)' is not read",
                line: ignored.line > 0 ? ignored.line : nil, column: ignored.column > 0 ? ignored.column : nil)
        }
    }
}
