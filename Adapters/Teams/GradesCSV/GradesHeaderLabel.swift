import Foundation

/// What a heading of the grades CSV's header row means.
///
/// The English labels are what Teams writes ([I], reconstructed from third-party readers); the Russian
/// and Kazakh ones are what a localised Teams UI is expected to write ([I], unconfirmed). Matching is
/// on the trimmed, lower-cased heading.
enum GradesHeaderLabel: Hashable, Sendable {
    /// The student's given name.
    case firstName
    /// The student's surname.
    case lastName
    /// The student's e-mail address or user principal name.
    case email
    /// Feedback on the assignment in the column before.
    case feedback
    /// A column that is not an assignment (an overall grade or an average).
    case overall
    /// An assignment's points.
    case assignment

    private static let labels: [String: GradesHeaderLabel] = {
        var labels: [String: GradesHeaderLabel] = [:]
        for label in ["first name", "firstname", "given name", "имя", "аты"] { labels[label] = .firstName }
        for label in ["last name", "lastname", "surname", "фамилия", "тегі"] { labels[label] = .lastName }
        for label in [
            "email address", "email", "e-mail", "e-mail address", "upn", "user principal name", "mail",
            "адрес электронной почты", "электронная почта", "эл. почта", "электрондық пошта",
            "электрондық пошта мекенжайы",
        ] {
            labels[label] = .email
        }
        for label in feedbackWords { labels[label] = .feedback }
        for label in ["overall", "overall grade", "total", "average", "итог", "итого", "среднее", "қорытынды"] {
            labels[label] = .overall
        }
        return labels
    }()

    /// The words a feedback column is headed by, alone or after an assignment's title.
    static let feedbackWords = ["feedback", "отзыв", "кері байланыс", "комментарий", "пікір"]

    /// The label of a heading; anything unknown is an assignment.
    init(_ heading: String) {
        self = Self.labels[Self.key(heading)] ?? .assignment
    }

    /// The trimmed, lower-cased heading used for matching.
    static func key(_ heading: String) -> String {
        heading.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// For a heading like `Лабораторная работа 1 Feedback`, the title before the feedback word.
    static func feedbackTitle(_ heading: String) -> String? {
        let key = Self.key(heading)
        for word in feedbackWords where key.hasSuffix(" " + word) {
            let trimmed = heading.trimmingCharacters(in: .whitespacesAndNewlines)
            return String(trimmed.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Labels of the first cell of a row under the header that gives each assignment's maximum.
    static let pointsRowLabels: Set<String> = [
        "points", "points possible", "possible points", "max points", "maximum points", "max", "баллы",
        "максимальный балл", "макс. балл", "макс балл", "ұпай", "ұпайлар", "балл",
    ]
}
