/// What a labelled metadata row between the header and the students holds, by the label in its
/// name cells (`Points`, `Class average`, `Date`; Russian and Kazakh labels inferred).
enum MetadataRowLabel: Sendable, Hashable {
    /// The maximum points of each assignment.
    case points
    /// Due dates.
    case dueDates
    /// The class average of each column; not a student, skipped.
    case classAverage

    /// The row kind a label names, if it is a known label.
    init?(label: String) {
        guard let kind = MetadataRowLabel.table[HeaderLabel.key(label)] else { return nil }
        self = kind
    }

    private static let table: [String: MetadataRowLabel] = {
        var table: [String: MetadataRowLabel] = [:]
        for label in [
            "points", "point", "max points", "points possible", "total points", "баллы", "макс. балл",
            "максимальный балл", "ұпай", "балл", "max",
        ] {
            table[label] = .points
        }
        for label in [
            "date", "due date", "due", "дата", "срок сдачи", "срок", "мерзімі", "тапсыру мерзімі", "күні",
        ] {
            table[label] = .dueDates
        }
        for label in [
            "class average", "average", "средний балл", "среднее", "средний балл класса", "орташа балл",
            "сынып бойынша орташа",
        ] {
            table[label] = .classAverage
        }
        return table
    }()
}
