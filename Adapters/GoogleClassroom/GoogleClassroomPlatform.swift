import GradePortCore

/// The Google Classroom adapter: reads the "Download all grades as CSV" export (also after an
/// Excel re-save) and dumps of the Classroom REST API v1.
///
/// ```swift
/// let registry = try PlatformRegistry([GoogleClassroomPlatform()])
/// let outcome = registry.readGradebook(from: ["7А Физика - grades.csv"])
/// ```
///
/// Identities: a student is `google-classroom:<lower-cased e-mail>`; without an e-mail,
/// `google-classroom:user:<userId>` (API) or `google-classroom:name:<family>|<given>` (CSV).
/// See `docs/formats/google-classroom.md` for everything the adapter accepts.
public struct GoogleClassroomPlatform: LearningPlatform {
    /// The adapter's id, name and the two export kinds it reads.
    public static let descriptor = PlatformDescriptor(
        id: ClassroomExport.platformID,
        displayName: "Google Classroom",
        exports: [
            .init(
                id: ClassroomExport.gradesCSV,
                summary: "Classwork → an assignment → Student work → gear → \"Download all grades as CSV\"; "
                    + "also the same file re-saved by Excel (CP1251 with ';', Unicode text)"),
            .init(
                id: ClassroomExport.apiDump,
                summary: "Classroom REST API v1 responses saved as JSON: courses, students, courseWork, "
                    + "studentSubmissions (optional teachers, topics), one file or a folder of pages"),
        ])

    /// Creates the adapter.
    public init() {}

    /// Recognises a grades CSV by its header row, and an API dump by its Classroom collection keys.
    public func sniff(_ file: ExportFile) -> Detection? {
        detection(ExportSniffer().sniff(file))
    }

    /// Reads a grades CSV or an API dump into the builder.
    ///
    /// - Throws: ``ExportReadError`` when the input as a whole cannot be read (empty, binary, no
    ///   header row, malformed JSON) or is cut short; rows read before a truncation are kept.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        if export == ClassroomExport.apiDump {
            try APIDumpImport(file: file).read(into: &gradebook)
        } else {
            try GradesCSVImport(file: file).read(into: &gradebook)
        }
    }

    /// An API dump for a folder or JSON, the grades CSV otherwise.
    public func assumedExport(for file: ExportFile) -> PlatformDescriptor.ExportKind.ID {
        ExportSniffer.looksLikeJSON(file) ? ClassroomExport.apiDump : ClassroomExport.gradesCSV
    }
}
