/// A stable machine-readable name for a kind of diagnostic.
///
/// Codes are strings so that adapters can add their own without changing the core; the common ones
/// are static members here. Tests and scripts match on codes, people read the message.
public struct DiagnosticCode: StringIdentifier {
    /// The kebab-case code.
    public var rawValue: String

    /// Creates a code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
}

extension DiagnosticCode {
    /// The input does not exist or cannot be opened.
    public static let unreadableInput: Self = "unreadable-input"
    /// No adapter recognised the input.
    public static let unknownFormat: Self = "unknown-format"
    /// The input is empty.
    public static let emptyInput: Self = "empty-input"
    /// The input is not text (or not the expected kind of file).
    public static let binaryInput: Self = "binary-input"
    /// The text encoding could not be determined or the text is invalid in it.
    public static let invalidText: Self = "invalid-text"
    /// The input ends in the middle of a record (a truncated download).
    public static let truncatedInput: Self = "truncated-input"
    /// The input breaks the syntax of its format.
    public static let malformedInput: Self = "malformed-input"
    /// The input exceeds a size, depth or length bound.
    public static let limitExceeded: Self = "limit-exceeded"
    /// An XML document declares entities; it is refused unread.
    public static let entityDeclaration: Self = "xml-entity-declaration"
    /// The header row the format needs was not found.
    public static let missingHeader: Self = "missing-header"
    /// A required column is missing.
    public static let missingColumn: Self = "missing-column"
    /// A row has a different number of fields than the header.
    public static let raggedRow: Self = "ragged-row"
    /// A row or record for a student who already appeared in the same input.
    public static let duplicateStudent: Self = "duplicate-student"
    /// A second result for the same student and assessment.
    public static let duplicateResult: Self = "duplicate-result"
    /// A cell that is neither a score nor a known status word.
    public static let invalidScore: Self = "invalid-score"
    /// A negative score; rejected.
    public static let negativeScore: Self = "negative-score"
    /// A score above its maximum; kept.
    public static let scoreAboveMaximum: Self = "score-above-maximum"
    /// A score given for an assessment the platform marks as ungraded.
    public static let ungradedAssessment: Self = "ungraded-assessment"
    /// A grade that is only a teacher's draft.
    public static let draftGrade: Self = "draft-grade"
    /// A record that points at a student, class or assessment the input does not contain.
    public static let danglingReference: Self = "dangling-reference"
    /// A record without the fields the adapter needs.
    public static let incompleteRecord: Self = "incomplete-record"
    /// An IIN whose checksum is wrong; the IIN is dropped, the person kept.
    public static let invalidIIN: Self = "invalid-iin"
    /// A row with no student: skipped.
    public static let skippedRow: Self = "skipped-row"
    /// A date that is not a day of the calendar (`31.02.2025`), or not in the form its format
    /// requires (OneRoster's ISO 8601): no date is taken from it.
    public static let invalidDate: Self = "invalid-date"
    /// Part of the input the adapter does not read (an unknown collection or column).
    public static let ignoredContent: Self = "ignored-content"
    /// A value inferred by a stated rule (a class name from a file name, a decimal comma).
    public static let inferredValue: Self = "inferred-value"

    /// A merge joined two inputs' records of a person on their folded name and class alone.
    public static let mergedByName: Self = "merged-by-name"
    /// Several people of a class have the same folded name, so the name alone cannot tell which
    /// is which: none of them is merged by name.
    public static let ambiguousPersonMatch: Self = "ambiguous-person-match"
    /// Two records of one input have the same folded name in one class: two children, or one
    /// child twice. Never merged.
    public static let possibleDuplicatePerson: Self = "possible-duplicate-person"
    /// Strong evidence (an e-mail, a platform link) points at two people whose IINs differ, or
    /// whose roles differ: they are kept apart.
    public static let conflictingIdentity: Self = "conflicting-identity"
    /// An assessment could be one of several of another input's assessments: none is aligned.
    public static let ambiguousAssessmentMatch: Self = "ambiguous-assessment-match"
    /// Two inputs' records of what looks like one assessment give different maxima: kept apart.
    public static let assessmentMaximumMismatch: Self = "assessment-maximum-mismatch"
    /// Two inputs give different values for one student and assessment: one is kept by `--prefer`.
    public static let conflictingResults: Self = "conflicting-results"
    /// A note on how inputs were aligned (classes, terms, agreeing results).
    public static let mergeNote: Self = "merge-note"
    /// Inputs from different folders that name no school would be joined as one school's (their
    /// same-named classes and pupils become one record): `--school-from-folder` or `--school` keeps
    /// them apart.
    public static let unscopedInput: Self = "unscoped-input"
    /// A term decided by the school calendar: a dated assessment's quarter, or an opaque term (a
    /// grading period without dates) read as a quarter on the evidence of its assessments — or
    /// left separate for want of it.
    public static let termFromCalendar: Self = "term-from-calendar"
}
