import Foundation
import GradePortCore
import JSONStream
import TableReader

/// Decides cheaply whether an input is a Kundelik export, from the first bytes or a folder's names.
///
/// | input | confidence |
/// | --- | --- |
/// | JSON object with `eduGroups`, `reportingPeriods`, `criteriaMarksSections` or `criteriaMarks` | high |
/// | JSON object with `persons` and `marks` and `*_str` id twins | high |
/// | JSON object with `persons` and `marks` | medium |
/// | JSON array with `SubjectName` and `FinalMarks` (any key case) | high |
/// | folder with `eduGroups`, `reportingPeriods` or `criteriaMarksSections` files | high |
/// | folder with `persons` and `marks` files | medium |
/// | `.csv`/`.tsv`/`.txt` table with a student-name header (`ФИО`, `Аты-жөні`, …) | medium |
struct KundelikSniffer {
    /// Sniffs a file or a folder.
    func sniff(_ file: ExportFile) -> SniffFinding? {
        if file.isDirectory { return sniffFolder(file) }
        if JSONHead.startsLikeJSON(file.head) { return sniffJSON(file.head) }
        guard ["csv", "tsv", "txt"].contains(file.fileExtension) else { return nil }
        return sniffTable(file)
    }

    private static let distinctiveKeys: Set<String> = [
        "eduGroups", "reportingPeriods", "criteriaMarksSections", "criteriaMarks", "criteriaMarksTotals",
    ]

    private func sniffJSON(_ head: [UInt8]) -> SniffFinding? {
        let keys = APIDump.topLevelKeys(inPrefix: head)
        if keys == [""] {
            let lower = String(decoding: head.prefix(8192), as: UTF8.self).lowercased()
            if lower.contains("\"subjectname\"") && lower.contains("\"finalmarks\"") {
                return SniffFinding(
                    export: KundelikExport.criteriaTotals, confidence: .high,
                    reason: "array of SubjectName/FinalMarks records (criteria-marks-totals, allfinalmarks)")
            }
            return nil
        }
        if let key = keys.first(where: Self.distinctiveKeys.contains) {
            return SniffFinding(export: KundelikExport.apiDump, confidence: .high, reason: "Kundelik dump key '\(key)'")
        }
        if keys.contains("persons") && keys.contains("marks") {
            let text = String(decoding: head, as: UTF8.self)
            if text.contains("\"id_str\"") || text.contains("\"person_str\"") {
                return SniffFinding(
                    export: KundelikExport.apiDump, confidence: .high,
                    reason: "persons and marks keys with *_str id twins")
            }
            return SniffFinding(export: KundelikExport.apiDump, confidence: .medium, reason: "persons and marks keys")
        }
        return nil
    }

    private func sniffFolder(_ file: ExportFile) -> SniffFinding? {
        let stems = Set(
            file.entries.filter { $0.lowercased().hasSuffix(".json") }.map { name in
                String(name.dropLast(5).prefix { $0.isLetter }).lowercased()
            })
        let distinctive = ["edugroups", "reportingperiods", "criteriamarkssections", "criteriamarks"]
        if let found = distinctive.first(where: stems.contains) {
            return SniffFinding(
                export: KundelikExport.apiDump, confidence: .high, reason: "folder with a Kundelik '\(found)' file")
        }
        if stems.contains("persons") && stems.contains("marks") {
            return SniffFinding(
                export: KundelikExport.apiDump, confidence: .medium, reason: "folder with persons and marks files")
        }
        return nil
    }

    private func sniffTable(_ file: ExportFile) -> SniffFinding? {
        guard let reader = TablePreview.cursor(for: file),
            let found = try? reader.locateHeader(where: ReportLayout.isHeader),
            let layout = ReportLayout(header: found.header)
        else { return nil }
        // A long table (one row per student and task: Задание, Дата, Результат, %, Оценка,
        // Комментарий) names what each row holds in its columns; those are never subjects, and such a
        // table is not a Kundelik report (issue 11: claim a table only on positive evidence).
        if layout.marks.contains(where: { Self.isRowFieldHeading($0.heading) }) { return nil }
        // A Kundelik report's mark columns are subjects (final marks per subject). A table whose
        // columns are assessments — СОР, СОЧ, ФО, lesson dates — is a journal: leave it to the journal
        // profiles, which read those with their kinds and maxima.
        let classifier = AssessmentKindClassifier()
        let assessmentColumns = layout.marks.count { column in
            classifier.classify(title: column.heading).kind != .other || Self.looksLikeDate(column.heading)
        }
        if assessmentColumns * 2 > layout.marks.count {
            return SniffFinding(
                export: KundelikExport.report, confidence: .low,
                reason: "a journal table (\(assessmentColumns) of \(layout.marks.count) columns are assessments)")
        }
        return SniffFinding(
            export: KundelikExport.report, confidence: .medium,
            reason:
                "table with a student-name heading '\(found.header[layout.name])' and \(layout.marks.count) subject columns"
        )
    }

    /// The headings of a row-per-task table's fields, folded (`NameFolding.spelling(_:)`): a column
    /// so named is a field of each row, never a subject.
    static let rowFieldHeadings: Set<String> = [
        "задание", "тапсырма", "тест", "название теста", "дата", "куни", "результат", "нәтиже", "нәтижесі",
        "натиже", "балл", "баллы", "упай", "оценка", "бага", "комментарий", "пикир", "%", "процент", "пайыз",
        "попытка", "максимальный балл", "макс балл", "task", "date", "result", "score", "mark", "comment",
    ].reduce(into: []) { $0.insert(NameFolding.spelling($1)) }

    /// Whether a heading names a field of a row-per-task table (`Задание`, `Дата`, `Результат`, `%`).
    static func isRowFieldHeading(_ heading: String) -> Bool {
        let folded = NameFolding.spelling(heading)
        return rowFieldHeadings.contains(folded.isEmpty ? heading.trimmingCharacters(in: .whitespaces) : folded)
    }

    /// `12.09`, `12.09.2025`, `2025-09-12`: a lesson date heading.
    private static func looksLikeDate(_ heading: String) -> Bool {
        let parts = heading.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" })
        return (2...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
