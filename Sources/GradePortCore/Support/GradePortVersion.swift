/// GradePort's release version: what `gradeport --version` prints and `platforms --json` reports.
///
/// The one place the version is written; raise it with each release (semantic versioning: the
/// CLI contract and the `gradeport/1` JSON change only by extending within a major version).
public enum GradePortVersion {
    /// The version, e.g. `0.16.0`.
    public static let current = "0.16.0"
}
