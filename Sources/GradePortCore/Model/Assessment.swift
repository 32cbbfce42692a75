/// Something students are scored on: an assignment, a СОР or СОЧ, a quarter mark.
public struct Assessment: Sendable, Hashable, Identifiable {
    /// Another input's record of the same assessment, folded into this one by a merge.
    public struct Alias: Sendable, Hashable {
        /// The id the other input's record had.
        public var id: ID
        /// Where that record came from.
        public var source: SourceReference?

        /// Creates an alias.
        public init(id: ID, source: SourceReference? = nil) {
            self.id = id
            self.source = source
        }
    }

    /// The assessment's id in the gradebook.
    public var id: ID
    /// The title as the platform writes it, e.g. `СОР 2 по разделу «Дроби»`.
    public var title: String
    /// What it counts towards.
    public var kind: AssessmentKind
    /// The number in its kind when the title gives one (`СОР 2` → 2).
    public var number: Int?
    /// The maximum score, when known. `nil` means ungraded or unknown, never zero.
    public var maxScore: DecimalNumber?
    /// The ``Subject/id``.
    public var subject: Subject.ID?
    /// The ``SchoolClass/id``.
    public var `class`: SchoolClass.ID?
    /// The ``Term/id``.
    public var term: Term.ID?
    /// The due or held date: ISO 8601 date (`2025-11-14`) or date-time in UTC (`2025-11-14T21:59:00Z`).
    public var date: String?
    /// The platform's category or type for the assessment (a grade category, a work type).
    public var category: String?
    /// Where the record came from.
    public var source: SourceReference?
    /// The records of other inputs that a merge aligned with this one (the same СОР exported by two
    /// platforms); their results now name this assessment's ``id``. Empty unless inputs were merged.
    public var aliases: [Alias] = []

    /// Creates an assessment.
    public init(
        id: ID, title: String, kind: AssessmentKind, number: Int? = nil, maxScore: DecimalNumber? = nil,
        subject: Subject.ID? = nil, class: SchoolClass.ID? = nil, term: Term.ID? = nil, date: String? = nil,
        category: String? = nil, source: SourceReference? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.number = number
        self.maxScore = maxScore
        self.subject = subject
        self.class = `class`
        self.term = term
        self.date = date
        self.category = category
        self.source = source
    }
}
