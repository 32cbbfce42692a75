import GradePortCore
import JSONStream

/// Kundelik (kundelik.kz, the Kazakh edition of Dnevnik.ru): API dumps, totals responses and
/// report downloads.
///
/// ```swift
/// let registry = try PlatformRegistry([KundelikPlatform()])
/// let outcome = registry.readGradebook(from: ["kundelik-dump"], platform: "kundelik")
/// ```
///
/// - `api-dump` is read by `KundelikDumpReader`: `persons`, `eduGroups`, `subjects`,
///   `reportingPeriods`, `workTypes`, `works`, `marks`, `criteriaMarksSections`, `criteriaMarks`
///   and `criteriaMarksTotals`, as one JSON file or a folder of JSON files.
/// - `criteria-totals` is a bare totals response (`criteria-marks-totals(-light)`,
///   `allfinalmarks`: a JSON array, PascalCase or camelCase), read by the same reader.
/// - `report` is a report download (a CSV table with a student-name column), read by
///   `ReportReader`; its layout is reconstructed, not documented.
public struct KundelikPlatform: LearningPlatform {
    /// The platform id, `kundelik`, and its three export kinds.
    public static let descriptor = PlatformDescriptor(
        id: "kundelik", displayName: "Kundelik",
        exports: [
            .init(
                id: KundelikExport.apiDump,
                summary: "a dump of the Kundelik API: persons, edu-groups, subjects, reporting periods, works, "
                    + "marks and the criteria journal (СОР/СОЧ sections and points)"),
            .init(
                id: KundelikExport.criteriaTotals,
                summary: "a saved criteria-marks-totals(-light) or allfinalmarks response: quarter and year marks"),
            .init(
                id: KundelikExport.report,
                summary: "a report download (Үлгерімі: Сыныптар / Сынып жетекшісіне, Успеваемость: Классы) as CSV"),
        ])

    /// Creates the adapter.
    public init() {}

    /// Recognises a dump by its keys or file names, a totals response by `SubjectName` and
    /// `FinalMarks`, and a report by its student-name header.
    public func sniff(_ file: ExportFile) -> Detection? {
        detection(KundelikSniffer().sniff(file))
    }

    /// Reads a dump or a totals response with the dump reader, a report with the report reader.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        if export == KundelikExport.report {
            if file.head.isEmpty { throw ExportReadError(.emptyInput, "the file is empty") }
            try ReportReader(file: file).read(into: &gradebook)
        } else {
            try KundelikDumpReader(file: file).read(into: &gradebook)
        }
    }

    /// A dump for a folder or JSON (a totals response when the JSON is a bare array), a report otherwise.
    public func assumedExport(for file: ExportFile) -> PlatformDescriptor.ExportKind.ID {
        guard file.isDirectory || JSONHead.startsLikeJSON(file.head) else { return KundelikExport.report }
        let bare = !file.isDirectory && APIDump.topLevelKeys(inPrefix: file.head) == [""]
        return bare ? KundelikExport.criteriaTotals : KundelikExport.apiDump
    }
}

/// The export kind ids of ``KundelikPlatform``.
enum KundelikExport {
    /// A Kundelik API dump.
    static let apiDump: PlatformDescriptor.ExportKind.ID = "api-dump"
    /// A bare totals response.
    static let criteriaTotals: PlatformDescriptor.ExportKind.ID = "criteria-totals"
    /// A report download.
    static let report: PlatformDescriptor.ExportKind.ID = "report"
}
