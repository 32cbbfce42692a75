/// What an assessment counts towards under Kazakhstan's criteria-based assessment.
///
/// The raw values are the `kind` strings of the `gradeport/1` JSON form.
public enum AssessmentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Formative assessment: ФО (Russian), ҚБ (Kazakh), a daily or ordinary assignment mark.
    case formative
    /// Summative assessment for a section: СОР, СОр, БЖБ, SOR.
    case sectionSummative
    /// Summative assessment for the term (quarter): СОЧ, СОч, ТЖБ, SOCH.
    case termSummative
    /// An examination.
    case exam
    /// A term or annual mark that the platform itself gives.
    case final
    /// Anything that could not be classified.
    case other
}
