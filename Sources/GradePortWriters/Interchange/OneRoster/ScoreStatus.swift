import GradePortCore

/// OneRoster's `scoreStatus` vocabulary and how the gradebook's result statuses map onto it.
enum ScoreStatus: String, CaseIterable {
    case exempt
    case fullyGraded = "fully graded"
    case notSubmitted = "not submitted"
    case partiallyGraded = "partially graded"
    case submitted

    /// The closest OneRoster status: graded → fully graded; missing and absent → not submitted;
    /// excused and exempt → exempt; submitted → submitted. The exact status goes in
    /// `metadata.gradeport.status`.
    init(_ status: ResultStatus) {
        switch status {
        case .graded: self = .fullyGraded
        case .missing, .absent: self = .notSubmitted
        case .excused, .exempt: self = .exempt
        case .submitted: self = .submitted
        }
    }
}

/// The category title GradePort gives each assessment kind, in the Russian abbreviations teachers use.
enum CategoryTitle {
    static func of(_ kind: AssessmentKind) -> String {
        switch kind {
        case .formative: "ФО"
        case .sectionSummative: "СОР"
        case .termSummative: "СОЧ"
        case .exam: "Экзамен"
        case .final: "Итоговая оценка"
        case .other: "Другое"
        }
    }
}
