import GradePortCore

/// A lesson's `type` in the per-subject diary, and the mark keys of the `quarter` response.
///
/// | `type` | mark key | kind | title |
/// | --- | --- | --- | --- |
/// | `regular` | `formattedScore` | formative (ФО) | `ФО` |
/// | `sor` | `sor` | section summative (СОР) | `СОР n` |
/// | `soch` | `soch` | term summative (СОЧ) | `СОЧ` |
/// | — | `po` | other (meaning unknown [U]) | `po` |
enum LessonType: String, Sendable, CaseIterable {
    /// An ordinary lesson: formative assessment on a 10-point scale.
    case regular
    /// СОР, summative assessment for a section.
    case sor
    /// СОЧ, summative assessment for the quarter.
    case soch
    /// `po`: a mark object whose meaning no source states.
    case po

    /// Reads a lesson `type`.
    init?(type: String?) {
        switch type?.lowercased() {
        case "regular": self = .regular
        case "sor": self = .sor
        case "soch": self = .soch
        default: return nil
        }
    }

    /// Reads a mark key of the `quarter` response.
    init?(markKey: String) {
        switch markKey {
        case "formattedScore": self = .regular
        case "sor": self = .sor
        case "soch": self = .soch
        case "po": self = .po
        default: return nil
        }
    }

    /// The mark key that belongs to this type.
    var markKey: String {
        switch self {
        case .regular: "formattedScore"
        case .sor: "sor"
        case .soch: "soch"
        case .po: "po"
        }
    }

    /// The assessment kind.
    var kind: AssessmentKind {
        switch self {
        case .regular: .formative
        case .sor: .sectionSummative
        case .soch: .termSummative
        case .po: .other
        }
    }

    /// The title word: `ФО`, `СОР 2`, `СОЧ`, `po`.
    func title(number: Int?) -> String {
        switch self {
        case .regular: "ФО"
        case .sor: number.map { "СОР \($0)" } ?? "СОР"
        case .soch: "СОЧ"
        case .po: "po"
        }
    }
}
