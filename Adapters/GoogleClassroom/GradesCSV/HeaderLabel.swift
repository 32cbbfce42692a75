/// The labels a grades CSV uses for its fixed columns and its metadata rows, in the English UI
/// (seen in third-party importers) and, inferred, in the Russian and Kazakh UI.
///
/// Labels are compared after trimming and lower-casing, and with `ё` read as `е`.
enum HeaderLabel: Sendable, Hashable {
    /// The family-name column (`Last Name`, `Фамилия`, `Тегі`).
    case familyName
    /// The given-name column (`First Name`, `Имя`, `Аты`).
    case givenName
    /// The e-mail column (`Email Address`, `Адрес электронной почты`, `Электрондық пошта`).
    case email
    /// The overall-grade column (`Overall`, `Итоговая оценка`).
    case overall

    /// The label a heading names, if it names a fixed column.
    init?(heading: String) {
        let key = HeaderLabel.key(heading)
        guard let label = HeaderLabel.table[key] else { return nil }
        self = label
    }

    /// Whether the label is one of the English ones Classroom is known (by third parties) to write.
    static func isEnglish(_ heading: String) -> Bool {
        englishLabels.contains(key(heading))
    }

    /// A heading as compared: trimmed, lower-cased, `ё` → `е`, inner runs of spaces collapsed.
    static func key(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character == " " || character == "\t" || character == "\u{00A0}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character == "ё" ? "е" : character)
        }
        return result
    }

    private static let englishLabels: Set<String> = [
        "last name", "first name", "email address", "email", "e-mail", "e-mail address", "overall",
        "overall grade",
    ]

    private static let table: [String: HeaderLabel] = {
        var table: [String: HeaderLabel] = [:]
        for label in ["last name", "surname", "family name", "фамилия", "тегі"] { table[label] = .familyName }
        for label in ["first name", "given name", "имя", "аты"] { table[label] = .givenName }
        for label in [
            "email address", "email", "e-mail", "e-mail address", "адрес электронной почты", "эл. почта",
            "электронная почта", "e-mail адрес", "электрондық пошта", "электрондық пошта мекенжайы",
            "эл. пошта",
        ] {
            table[label] = .email
        }
        for label in [
            "overall", "overall grade", "итоговая оценка", "общая оценка", "итог", "қорытынды баға",
            "жалпы баға",
        ] {
            table[label] = .overall
        }
        return table
    }()
}
