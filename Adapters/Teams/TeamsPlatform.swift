import GradePortCore
import JSONStream

/// Microsoft Teams: the Grades tab's CSV export and dumps of the Microsoft Graph education API.
///
/// ```swift
/// let registry = try PlatformRegistry([TeamsPlatform()])
/// let outcome = registry.readGradebook(from: ["7А Физика grades.csv"], platform: "teams")
/// ```
///
/// - The grades CSV (`grades-csv`) is read by `GradesCSVReader`: a header with first name, last
///   name and e-mail (English, Russian or Kazakh labels), then a points column per assignment,
///   optionally followed by a feedback column. Its layout is reconstructed, not documented.
/// - The Graph dump (`graph-dump`) is read by `GraphDumpReader`: `class` or `classes`, `members`,
///   `assignments` (optionally embedding `submissions`) and `submissions` with their outcomes, as one
///   JSON file or a folder of JSON files.
public struct TeamsPlatform: LearningPlatform {
    /// The platform id, `teams`, and its two export kinds.
    public static let descriptor = PlatformDescriptor(
        id: "teams", displayName: "Microsoft Teams",
        exports: [
            .init(
                id: TeamsExport.gradesCSV,
                summary: "the class's Grades tab exported to Excel/CSV (also after a re-save by Excel)"),
            .init(
                id: TeamsExport.graphDump,
                summary: "a dump of the Microsoft Graph education API: class, members, assignments, submissions"),
        ])

    /// Creates the adapter.
    public init() {}

    /// Recognises a grades CSV by its header and a Graph dump by its keys and `@odata` marks.
    public func sniff(_ file: ExportFile) -> Detection? {
        detection(TeamsSniffer().sniff(file))
    }

    /// Reads a Graph dump or a grades CSV.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        if export == TeamsExport.graphDump {
            try GraphDumpReader(file: file).read(into: &gradebook)
        } else {
            if file.head.isEmpty { throw ExportReadError(.emptyInput, "the file is empty") }
            try GradesCSVReader(file: file).read(into: &gradebook)
        }
    }

    /// A Graph dump for a folder or a JSON document, the grades CSV otherwise.
    public func assumedExport(for file: ExportFile) -> PlatformDescriptor.ExportKind.ID {
        file.isDirectory || JSONHead.startsLikeJSON(file.head) ? TeamsExport.graphDump : TeamsExport.gradesCSV
    }
}

/// The export kind ids of ``TeamsPlatform``.
enum TeamsExport {
    /// The Grades tab's CSV export.
    static let gradesCSV: PlatformDescriptor.ExportKind.ID = "grades-csv"
    /// A Microsoft Graph education API dump.
    static let graphDump: PlatformDescriptor.ExportKind.ID = "graph-dump"
}
