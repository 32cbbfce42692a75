import GradePortLocalization

/// The column titles of the report's CSV and workbook sheets: the CSV's English names (a contract
/// scripts rely on) by default, or a teacher's words in a chosen language.
struct ReportColumns {
    /// The words, or `nil` for the English CSV names.
    var words: ReportWording?

    /// One row per student and period: ``ReportCSVRenderer/columns`` (and `school`).
    func rows(withSchool: Bool) -> [String] {
        guard let words else { return ReportCSVRenderer.columns + (withSchool ? ["school"] : []) }
        let percent = { (phrase: ReportPhrase) in words[phrase] + " %" }
        return [
            words[.studentID], words[.student], words[.className], words[.subject], words[.period],
            percent(.formative), percent(.section), percent(.term), percent(.total), words[.roundedPercent],
            words[.mark], words[.periodMarks], words[.platformMark], words[.missingSummatives], words[.remarks],
        ] + (withSchool ? [words[.school]] : [])
    }

    /// One row per school (or the city), grade, subject and period: ``ReportCSVRenderer/groupColumns``.
    var groups: [String] {
        guard let words else { return ReportCSVRenderer.groupColumns }
        return [words[.school], words[.grade], words[.subject], words[.period], words[.students]]
            + [words[.marksColumn], Self.capitalized(words[.withoutMark]), words[.qualityPercent]]
            + [words[.progressPercent]] + bands(words) + averages(words)
            + [words[.missingSummatives], words[.platformDifferences]]
    }

    /// One row per class, subject and period: ``ReportXLSXWriter/classColumns``.
    var classes: [String] {
        guard let words else { return ReportXLSXWriter.classColumns }
        return [words[.className], words[.subject], words[.period], words[.students]]
            + [5, 4, 3, 2].map { "«\($0)»" }
            + [Self.capitalized(words[.withoutMark]), words[.qualityPercent], words[.progressPercent]]
            + averages(words) + bands(words)
    }

    /// One row per warning: ``ReportXLSXWriter/warningColumns``.
    var warnings: [String] {
        guard let words else { return ReportXLSXWriter.warningColumns }
        return [
            words[.studentID], words[.student], words[.className], words[.subject], words[.period], words[.remarks],
        ]
    }

    private func averages(_ words: ReportWording) -> [String] {
        [
            words.format(.meanOf, words[.formative]), words.format(.meanOf, words[.section]),
            words.format(.meanOf, words[.term]), words[.meanTotal], words[.meanMarkShort],
        ]
    }

    private func bands(_ words: ReportWording) -> [String] {
        [ReportPhrase.section, .term].flatMap { component in
            [ReportPhrase.bandHigh, .bandMiddle, .bandLow, .bandNone].map { "\(words[component]): \(words[$0])" }
        }
    }

    /// `Без оценки` from `без оценки`, in any of the languages.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
