import GradePortCore
import JSONStream

extension BilimClassGradebookWriter {
    /// The year sheet's scores read as marks: member, id part, kind, title, and the recommended
    /// score kept beside it as a comment.
    private static let yearScores:
        [(member: String, id: String, kind: AssessmentKind, title: String, recommended: String?)] = [
            ("yearScore", "year", .final, "годовая оценка", "recommendedYearScore"),
            ("examScore", "exam", .exam, "экзамен", nil),
            ("finalScore", "final", .final, "итоговая оценка", "recommendedFinalScore"),
        ]

    /// Writes the year sheet: quarter marks the diaries did not give, then the year, exam and final
    /// marks of the school year.
    ///
    /// A recommended score (`recommendedYearScore`, `recommendedFinalScore`) is the platform's
    /// suggestion, not a mark the teacher gave: it is kept only as the comment `recommended: 5` on
    /// the given mark, and when no mark is given it is reported and not kept.
    mutating func writeYear(_ sheet: YearSheetRecord, periods: [PeriodRecord], into builder: inout GradebookBuilder) {
        if classID == nil, let key = sheet.groupID ?? sheet.groupName {
            let id = BilimClassIdentifier.group(key)
            classID = id
            let name = sheet.groupName.map { ClassName.normalized($0) ?? $0 } ?? key
            builder.add(
                SchoolClass(
                    id: id, name: name, grade: sheet.groupName.flatMap(ClassName.grade(in:)),
                    source: reference(sheet.position, builder)))
            if let personID { builder.add(Enrollment(person: personID, class: id)) }
        }
        var yearTerm: Term.ID?
        if let schoolYear {
            let id = BilimClassIdentifier.yearTerm(schoolYear)
            yearTerm = id
            builder.add(
                Term(
                    id: id, schoolYear: schoolYear, kind: .year, start: periods.compactMap(\.start).min()?.iso,
                    end: periods.compactMap(\.end).max()?.iso, name: "учебный год \(schoolYear)"))
        } else {
            diagnose(
                .warning, .incompleteRecord, "no school year is known: year marks have no term", sheet.position,
                &builder)
        }
        for row in sheet.rows {
            let (subjectID, subjectName) = subject(of: row, &builder)
            for quarter in row.quarters {
                writeAttestation(quarter, subjectID: subjectID, subjectName: subjectName, into: &builder)
            }
            for score in Self.yearScores {
                let given = row.scores[score.member]
                let mark = MarkValue(given?.value)
                let recommended = score.recommended.map { MarkValue(row.scores[$0]?.value) } ?? MarkValue.none
                guard mark != .none else {
                    if let raw = recommended.raw, let member = score.recommended {
                        diagnose(
                            .info, .ignoredContent,
                            "\(subjectName): \(member) '\(raw)' is a recommendation, not a given mark; not kept",
                            row.scores[member]?.position ?? row.position, &builder)
                    }
                    continue
                }
                let id = BilimClassIdentifier.yearMark(score.id, subject: subjectID, schoolYear: schoolYear ?? "year")
                addAssessment(
                    Assessment(
                        id: id, title: "\(subjectName) — \(score.title)", kind: score.kind, subject: subjectID,
                        class: classID, term: yearTerm), at: row.position, &builder)
                addResult(
                    mark, assessment: id, maxScore: nil, comment: recommended.raw.map { "recommended: \($0)" },
                    at: given?.position ?? row.position, &builder)
            }
        }
    }

    /// The subject of a year-sheet row: by `subjectId`, else the diaries' `eduSubjectUuid`, else
    /// their subject name; else a subject of its own.
    private mutating func subject(
        of row: YearSheetRecord.Row, _ builder: inout GradebookBuilder
    ) -> (Subject.ID, String) {
        let name = row.subjectName ?? row.subjectID ?? row.eduSubjectUUID ?? "?"
        if let id = row.subjectID { return (BilimClassIdentifier.subject(id), name) }
        if let uuid = row.eduSubjectUUID, let id = subjectByUUID[uuid] { return (id, name) }
        if let id = subjectByName[name.lowercased()] { return (id, name) }
        let id = BilimClassIdentifier.subject(row.eduSubjectUUID ?? name)
        builder.add(Subject(id: id, name: name, source: reference(row.position, builder)))
        subjectByName[name.lowercased()] = id
        return (id, name)
    }

    /// A quarter mark of the year sheet: kept when the diaries did not give it; compared when they did.
    private mutating func writeAttestation(
        _ quarter: (number: Int, value: JSONValue, position: DumpLocation), subjectID: Subject.ID, subjectName: String,
        into builder: inout GradebookBuilder
    ) {
        let mark = MarkValue(quarter.value)
        guard mark != .none, let termID = term(quarter.number, into: &builder) else { return }
        let id = BilimClassIdentifier.quarterMark(subject: subjectID, term: termID)
        if let diary = quarterMarks[id] {
            if MarkValue(text: diary) != mark {
                diagnose(
                    .warning, .duplicateResult,
                    "\(subjectName): the year sheet gives quarter \(quarter.number) as '\(mark.raw ?? "")', the diary "
                        + "as '\(diary)'; the diary's is kept", quarter.position, &builder)
            }
            return
        }
        addAssessment(
            Assessment(
                id: id, title: "\(subjectName) — оценка за \(TermKindWord.quarter.title(quarter.number))", kind: .final,
                subject: subjectID, class: classID, term: termID), at: quarter.position, &builder)
        if addResult(mark, assessment: id, maxScore: nil, comment: nil, at: quarter.position, &builder) {
            quarterMarks[id] = mark.raw
        }
    }
}
