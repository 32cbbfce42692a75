import GradePortCore

/// The words of a Kundelik report table's headings and summary rows, in Russian and Kazakh.
///
/// Labels are compared after `CellValueParser.wordKey` (lower case, Kazakh letters folded to
/// Russian, dashes made spaces), so `Аты-жөні`, `аты жөні` and `АТЫ-ЖӨНІ` are one label.
enum ReportLabel {
    /// What a heading or a row label stands for.
    enum Meaning: Sendable, Hashable {
        /// The student's full name: `ФИО`, `Ф.И.О.`, `Аты-жөні`, `Оқушының аты-жөні`, `Оқушы`,
        /// `Ученик`, `Учащийся`, `Обучающийся`, `Фамилия, имя`, `Фамилия Имя Отчество`.
        case studentName
        /// The row number: `№`, `№ п/п`, `#`, `Р/с`.
        case rowNumber
        /// A summary: averages, quality, ranking, attendance (`Средний балл`, `Орташа балл`,
        /// `Качество знаний, %`, `Сапа %`, `Рейтинг`, `Үлгерім`, `Пропуски`, `Итого`).
        case summary
        /// Anything else: a subject or a work.
        case other
    }

    /// What a heading or a row's label means.
    static func meaning(of text: String) -> Meaning {
        let key = CellValueParser.wordKey(text).replacingOccurrences(of: ".", with: "")
        if key.isEmpty { return .other }
        if ["№", "n", "#", "№ п/п", "№п/п", "р/с", "р/с №", "no"].contains(key) { return .rowNumber }
        if nameKeys.contains(key) || key.hasPrefix("фио") || key.contains("аты жони") || key.hasPrefix("ученик")
            || key.hasPrefix("учащ") || key.hasPrefix("обучающ") || key.hasPrefix("окушы")
            || key.hasPrefix("фамилия имя") || key.hasPrefix("фамилия, имя")
        {
            return .studentName
        }
        if summaryPrefixes.contains(where: { key.hasPrefix($0) }) || key.hasSuffix("%") { return .summary }
        return .other
    }

    private static let nameKeys: Set<String> = ["фио", "ф и о", "аты жони", "оқушы", "окушы", "ученик", "student"]

    private static let summaryPrefixes = [
        "средн", "ср балл", "орташа", "качеств", "% качеств", "сапа", "рейтинг", "үлгерім", "улгерим", "успеваем",
        "ооз", "% ооз", "итог", "всего", "барлығы", "барлыгы", "пропуск", "жиыны", "average", "quality",
    ].map { CellValueParser.wordKey($0) }
}
