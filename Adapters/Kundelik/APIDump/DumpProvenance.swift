import GradePortCore
import JSONStream

/// Places in a dump for references and diagnostics: inside a folder dump they name the file that
/// holds the line, so that `FILE:LINE:COLUMN` stays true.
struct DumpProvenance: Sendable {
    /// Whether the dump is a folder of JSON files.
    let isFolder: Bool

    /// A reference to where a record was read.
    func reference(_ location: DumpLocation, _ builder: GradebookBuilder) -> SourceReference {
        builder.reference(line: location.line, column: location.column, file: isFolder ? location.file : nil)
    }

    /// Records a diagnostic about a record.
    func diagnose(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, _ location: DumpLocation,
        _ builder: inout GradebookBuilder
    ) {
        builder.diagnose(
            severity, code, message, line: location.line, column: location.column,
            file: isFolder ? location.file : nil)
    }
}
