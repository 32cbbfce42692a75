import Foundation
import GradePortCore
import TableReader

/// The OneRoster adapter: reads OneRoster 1.1 and 1.2 CSV bundles (a folder of CSV files or a `.zip`),
/// including the bundles GradePort's own OneRoster writer makes.
///
/// ```swift
/// let registry = try PlatformRegistry([OneRosterPlatform()])
/// let outcome = registry.readGradebook(from: ["oneroster-export.zip"])
/// ```
///
/// Organisations of type school, academic sessions, classes (with their courses' subjects), users
/// with the role student or teacher, enrollments, categories, line items and results become the
/// gradebook's schools, terms, classes and subjects, people, enrollments, assessments and results.
/// Identities: `oneroster:user:<sourcedId>` and so on, or the gradebook ids a GradePort export keeps in
/// its `metadata.gradeport.*` columns. See `docs/formats/oneroster.md`.
public struct OneRosterPlatform: LearningPlatform {
    /// The export kind of a folder of CSV files.
    public static let folderExport: PlatformDescriptor.ExportKind.ID = "csv-folder"
    /// The export kind of a `.zip` archive.
    public static let zipExport: PlatformDescriptor.ExportKind.ID = "csv-zip"

    /// The adapter's id, name and export kinds.
    public static let descriptor = PlatformDescriptor(
        id: "oneroster",
        displayName: "OneRoster (1EdTech) CSV",
        exports: [
            .init(
                id: folderExport,
                summary: "OneRoster 1.1 or 1.2 CSV files in a folder: manifest.csv, orgs, academicSessions, courses, "
                    + "classes, users (1.2: roles), enrollments, categories, lineItems, results"),
            .init(id: zipExport, summary: "the same files in a .zip archive, as OneRoster exchanges them"),
        ])

    /// Creates the adapter.
    public init() {}

    /// Recognises a bundle by its file names, its manifest's `oneroster.version` and the users header.
    public func sniff(_ file: ExportFile) -> Detection? {
        detection(OneRosterSniffer().sniff(file))
    }

    /// Reads the bundle.
    ///
    /// - Throws: `TableReadError` when an archive cannot be opened (damaged, truncated, not a ZIP);
    ///   ``ExportReadError`` when the input holds no OneRoster file.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        let bundle = try OneRosterBundle(file)
        var reader = OneRosterReader(bundle: bundle)
        try reader.read(into: &gradebook)
    }

    /// The folder export for a folder, the archive otherwise.
    public func assumedExport(for file: ExportFile) -> PlatformDescriptor.ExportKind.ID {
        file.isDirectory ? Self.folderExport : Self.zipExport
    }
}
