/// The writers compiled into GradePort: every format `--to` offers, in the order it lists them.
///
/// Both lists are made afresh on each use, so that a writer dated by today (OneRoster, School Data
/// Sync) takes the day it writes on.
public enum BuiltInWriters {
    /// `json`, `csv`, `oneroster`, `sds`, `classroom-roster`, `xlsx`, each writer in its default configuration.
    public static var all: [any GradebookWriter] {
        [
            GradebookJSONWriter(), ResultsCSVWriter(), OneRosterWriter(), SchoolDataSyncWriter(),
            ClassroomRosterWriter(),
            XLSXGradebookWriter(),
        ]
    }

    /// A registry of ``all``.
    public static var registry: WriterRegistry { WriterRegistry(all) }
}
