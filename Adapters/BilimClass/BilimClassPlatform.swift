import GradePortCore

/// BilimClass (bilimclass.kz): a dump of a student's diary from the platform's web API.
///
/// ```swift
/// let registry = try PlatformRegistry([BilimClassPlatform()])
/// let outcome = registry.readGradebook(from: ["7V-student-dump.json"], platform: "bilimclass")
/// ```
///
/// The dump (`api-dump`) holds the `data` of five endpoints — `user_info` (the account),
/// `periods`, `subjects` (the per-subject diary of a period), `quarter` (the lesson marks) and
/// `year` (the year sheet) — as one JSON file or a folder of files. See `BilimClassDumpReader`.
/// BilimClass publishes no API documentation; the shapes come from third-party notes and are read
/// tolerantly (`docs/formats/bilimclass.md`).
public struct BilimClassPlatform: LearningPlatform {
    /// The platform id, `bilimclass`, and its export kind.
    public static let descriptor = PlatformDescriptor(
        id: "bilimclass", displayName: "BilimClass",
        exports: [
            .init(
                id: BilimClassExport.apiDump,
                summary: "a dump of a student's diary: user_info, periods, subjects, quarter, year (file or folder)")
        ])

    /// Creates the adapter.
    public init() {}

    /// Recognises a dump by its keys, or a single endpoint response by its BilimClass fields.
    public func sniff(_ file: ExportFile) -> Detection? {
        detection(BilimClassSniffer().sniff(file))
    }

    /// Reads the dump.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        try BilimClassDumpReader(file: file).read(into: &gradebook)
    }
}

/// The export kind ids of ``BilimClassPlatform``.
enum BilimClassExport {
    /// An API dump.
    static let apiDump: PlatformDescriptor.ExportKind.ID = "api-dump"
}
