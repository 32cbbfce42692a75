import Foundation
import GradePortCore

/// Writes a `Gradebook` as a OneRoster 1.2 CSV bulk bundle, as a folder or a `.zip`.
///
/// Files: `manifest.csv`, `orgs.csv`, `academicSessions.csv`, `courses.csv`, `classes.csv`,
/// `users.csv`, `roles.csv`, `enrollments.csv`, `categories.csv`, `lineItems.csv`, `results.csv`
/// (a file without rows is left out and marked `absent` in the manifest, as the binding forbids empty
/// files). Columns are in spec order with required columns filled; dates are ISO 8601; `status` and
/// `dateLastModified` are blank (bulk); enumerations are the binding's. Identifiers are
/// ``StableIdentifier``s of natural keys (an IIN or e-mail for a person, a BIN for a school, the school
/// year and quarter for a term, …), so the same gradebook gives the same `sourcedId`s on every run and
/// machine. What OneRoster has no column for — raw cell text, statuses like absent or excused, the
/// platform's category, IINs and patronymics are in spec columns; provenance — goes into
/// `metadata.gradeport.*` columns (``OneRosterCSV/metadataColumns``), so that GradePort's OneRoster
/// reader gives the same gradebook back.
///
/// ```swift
/// let book = BuiltInPlatforms.registry.readGradebook(from: ["7А Физика.csv"]).gradebook
/// let summary = try OneRosterWriter().write(book, to: FileSetDestination(path: "7A-oneroster.zip"))
/// print(summary.rows(in: "results.csv") ?? 0)
/// ```
public struct OneRosterWriter: Sendable {
    /// Settings of an export.
    public struct Options: Sendable, Hashable {
        /// An ISO 8601 date (`2026-01-15`) whose school year dates a gradebook that nothing else
        /// dates (no term with a year or dates, no dated assessment); by default today (UTC).
        public var referenceDate: String
        /// The manifest's `source.systemName`.
        public var systemName: String

        /// Creates options.
        public init(referenceDate: String? = nil, systemName: String = "GradePort") {
            self.referenceDate = referenceDate ?? Self.today()
            self.systemName = systemName
        }

        /// Today's date in UTC as `YYYY-MM-DD`.
        static func today() -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return String(format: "%04d-%02d-%02d", parts.year ?? 2026, parts.month ?? 1, parts.day ?? 1)
        }
    }

    /// The settings.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The names of every file a OneRoster 1.2 bundle may hold (`manifest.csv`, `users.csv`, …): an
    /// existing destination folder may hold only these.
    public static var bundleFileNames: Set<String> {
        Set(["manifest.csv"] + OneRosterCSV.dataFiles.map { $0 + ".csv" })
    }

    /// Writes the bundle.
    ///
    /// - Returns: The files written and their row counts.
    /// - Throws: ``InterchangeError``: the destination is unusable (``InterchangeError/isDestinationProblem``)
    ///   or a file cannot be written; the destination is then left as it was.
    @discardableResult
    public func write(_ book: Gradebook, to destination: FileSetDestination) throws(InterchangeError) -> ExportSummary {
        let files = try StagedFileSet(
            destination: destination, format: .oneRoster, knownNames: Self.bundleFileNames)
        let plan = RosterPlan(book, referenceDate: options.referenceDate)
        var export = OneRosterExport(book: book, plan: plan, files: files)
        try export.writeRostering()
        try export.writeGradebook()
        try export.writeManifest(systemName: options.systemName)
        var seen: Set<String> = []
        let omissions = export.unwritten.filter { seen.insert($0).inserted }.map {
            ExportSummary.Omission(
                person: $0, name: "", reason: "a result names a person or assessment the gradebook does not have")
        }
        let summary = ExportSummary(files: export.written, omissions: omissions)
        try files.commit()
        return summary
    }
}
