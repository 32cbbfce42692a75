/// Which attempt counts when a long table (`layout: long`) has several rows for the same student
/// and assessment (the `attempts` key).
///
/// Bilim Land lets a student retake a test; its results export (as reconstructed) lists every
/// attempt on its own row. A gradebook holds one result per student and assessment, so one row is
/// kept and every other one is named by a `superseded-attempt` note.
public enum AttemptPolicy: String, Sendable, Hashable, CaseIterable {
    /// The last attempt (highest attempt number, then latest date, then further down the file): the
    /// default. A retake of a summative work replaces the earlier result, as a re-sit does in the
    /// journal, and it is what the student's result currently is on the platform.
    case last
    /// The best attempt (highest percentage; a score beats a status; the earlier of equal ones).
    case best
    /// The first attempt (lowest attempt number, then earliest date, then higher up the file).
    case first
}
