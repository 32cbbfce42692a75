/// What an assessment title (or category) says the assessment is: its ``AssessmentKind`` and, for a
/// numbered summative or formative work, its own number.
///
/// ```swift
/// AssessmentKindClassifier().classify(title: "СОР 2 по разделу «Дроби»")
/// // AssessmentClassification(kind: .sectionSummative, number: 2)
/// ```
public struct AssessmentClassification: Sendable, Hashable, CustomStringConvertible {
    /// What the assessment counts towards.
    public var kind: AssessmentKind
    /// The number written right after the abbreviation, or `nil` when none is written.
    ///
    /// `СОР 2`, `БЖБ-1` and `SOR №3` carry numbers 2, 1 and 3. A quarter written after the abbreviation (`СОЧ 2 четверть`) is not the
    /// assessment's number and gives `nil`.
    public var number: Int?

    /// Creates a classification.
    public init(kind: AssessmentKind, number: Int? = nil) {
        self.kind = kind
        self.number = number
    }

    /// The kind, followed by the number when there is one: `sectionSummative 2`.
    public var description: String {
        number.map { "\(kind.rawValue) \($0)" } ?? kind.rawValue
    }
}
