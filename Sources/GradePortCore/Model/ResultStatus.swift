/// The state of one student's result for one assessment.
///
/// A blank cell is no result at all, never a zero; the statuses below cover everything else a
/// platform can say. The raw values are the `status` strings of the `gradeport/1` JSON form.
public enum ResultStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// A score was given.
    case graded
    /// Not handed in, or marked missing by the teacher.
    case missing
    /// Excused: removed from the student's calculations.
    case excused
    /// Exempt from the subject or the work (освобождён, босатылған).
    case exempt
    /// Absent on the day (н, and Kundelik's п/б absence codes).
    case absent
    /// Handed in and not yet graded.
    case submitted
}
