import GradePortCore
import JSONStream

extension BilimClassGradebookWriter {
    // MARK: - Subjects: lessons and quarter marks

    /// Adds the subjects, indexes their lessons by `uuid` (numbering СОР by date within a subject
    /// and period) and writes each subject's quarter mark (`finalScore`).
    mutating func writeSubjects(
        _ subjects: [SubjectDiaryRecord], periods: [PeriodRecord], into builder: inout GradebookBuilder
    ) {
        let resolver = PeriodResolver(periods: periods)
        var warnedNames: Set<String> = []
        for record in subjects {
            guard let subjectKey = record.subjectID ?? record.eduSubjectUUID else {
                diagnose(.error, .incompleteRecord, "a subject without subjectId is skipped", record.position, &builder)
                continue
            }
            let subjectID = BilimClassIdentifier.subject(subjectKey)
            let subjectName = record.subjectName ?? subjectKey
            builder.add(Subject(id: subjectID, name: subjectName, source: reference(record.position, builder)))
            if let uuid = record.eduSubjectUUID { subjectByUUID[uuid] = subjectID }
            subjectByName[subjectName.lowercased()] = subjectID
            var termID: Term.ID?
            if let found = resolver.period(of: record) {
                termID = term(found.number, into: &builder)
                let name = record.file + "#" + record.key
                if let named = found.nameDisagrees, warnedNames.insert(name).inserted {
                    diagnose(
                        .warning, .inferredValue,
                        "'\(record.key)' names period \(named), but the lessons' dates lie in period \(found.number); "
                            + "the dates are followed", record.position, &builder)
                } else if found.fromName, warnedNames.insert(name).inserted {
                    diagnose(
                        .info, .inferredValue,
                        "the period of '\(record.key)' (\(found.number)) is taken from its name", record.position,
                        &builder)
                }
            } else {
                diagnose(
                    .warning, .incompleteRecord,
                    "no period found for the diary of \(subjectName): its marks have no term", record.position, &builder
                )
            }
            indexLessons(record, subjectID: subjectID, subjectName: subjectName, termID: termID, into: &builder)
            writeQuarterMark(record, subjectID: subjectID, subjectName: subjectName, termID: termID, into: &builder)
        }
    }

    private mutating func indexLessons(
        _ record: SubjectDiaryRecord, subjectID: Subject.ID, subjectName: String, termID: Term.ID?,
        into builder: inout GradebookBuilder
    ) {
        let ordered = record.schedules.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.date != b.date {
                return (a.date ?? .init(year: 2999, month: 12, day: 31)!)
                    < (b.date ?? .init(year: 2999, month: 12, day: 31)!)
            }
            if a.timeStart != b.timeStart { return a.timeStart < b.timeStart }
            return left.offset < right.offset
        }.map(\.element)
        var sorCount = 0
        for schedule in ordered {
            guard let uuid = schedule.uuid else {
                diagnose(.warning, .incompleteRecord, "a lesson without uuid is skipped", schedule.position, &builder)
                continue
            }
            let type = LessonType(type: schedule.type)
            if type == nil, let written = schedule.type {
                diagnose(
                    .warning, .inferredValue, "lesson type '\(written)' is not known; its marks are kind other",
                    schedule.position, &builder)
            }
            if let invalid = schedule.invalidMarkMax {
                diagnose(
                    .warning, .invalidScore, "markMax '\(invalid)' is not a positive number; no maximum",
                    schedule.position, &builder)
            }
            var number: Int?
            if type == .sor {
                sorCount += 1
                number = sorCount
            }
            if lessons[uuid] != nil {
                diagnose(
                    .warning, .duplicateResult, "lesson \(uuid) is listed again; the first is kept", schedule.position,
                    &builder)
                continue
            }
            lessons[uuid] = Lesson(
                schedule: schedule, type: type, sorNumber: number, subjectID: subjectID, subjectName: subjectName,
                termID: termID)
        }
    }

    private mutating func writeQuarterMark(
        _ record: SubjectDiaryRecord, subjectID: Subject.ID, subjectName: String, termID: Term.ID?,
        into builder: inout GradebookBuilder
    ) {
        let mark = MarkValue(record.finalScore)
        guard mark != .none else { return }
        guard let termID else {
            diagnose(
                .warning, .incompleteRecord,
                "the quarter mark '\(mark.raw ?? "")' of \(subjectName) has no period; not kept",
                record.finalScorePosition,
                &builder)
            return
        }
        let number = termsByNumber.first { $0.value == termID }?.key
        let id = BilimClassIdentifier.quarterMark(subject: subjectID, term: termID)
        let title = "\(subjectName) — оценка за \(number.map { TermKindWord.quarter.title($0) } ?? termID.rawValue)"
        addAssessment(
            Assessment(id: id, title: title, kind: .final, subject: subjectID, class: classID, term: termID),
            at: record.position, &builder)
        if addResult(mark, assessment: id, maxScore: nil, comment: nil, at: record.finalScorePosition, &builder) {
            quarterMarks[id] = mark.raw
        }
    }

    // MARK: - Lesson marks

    /// Writes the `quarter` entries: a result per mark object, an `absent` result for an absence
    /// without a mark.
    mutating func writeMarks(_ entries: [QuarterMarksRecord.Entry], into builder: inout GradebookBuilder) {
        guard personID != nil else {
            if !entries.isEmpty {
                builder.diagnose(.error, .incompleteRecord, "\(entries.count) lessons' marks are not read: no student")
            }
            return
        }
        for entry in entries {
            guard let lesson = lessons[entry.scheduleUUID] else {
                let marks = entry.marks.compactMap(\.mark.raw)
                let absent = entry.attendance.map { AttendanceWord($0) == .absent } ?? false
                guard !marks.isEmpty || absent else {
                    diagnose(
                        .info, .danglingReference,
                        "lesson \(entry.scheduleUUID) without a mark is not in the subjects responses; nothing to read",
                        entry.position, &builder)
                    continue
                }
                diagnose(
                    .error, .danglingReference,
                    "marks of lesson \(entry.scheduleUUID) (\(marks.isEmpty ? "no mark" : marks.joined(separator: ", "))) "
                        + "point at no lesson of the subjects responses; skipped", entry.position, &builder)
                continue
            }
            writeEntry(entry, lesson: lesson, into: &builder)
        }
    }

    private mutating func writeEntry(
        _ entry: QuarterMarksRecord.Entry, lesson: Lesson, into builder: inout GradebookBuilder
    ) {
        let graded = entry.marks.filter { $0.mark != .none }
        let own =
            graded.first { $0.key == lesson.type?.markKey && $0.key != "po" }
            ?? graded.first { $0.key != "po" }
        var wrote = false
        if let own {
            wrote = writeMark(
                own, lesson: lesson, type: lesson.type ?? LessonType(markKey: own.key), key: nil, &builder)
            if let type = lesson.type, own.key != type.markKey {
                diagnose(
                    .info, .inferredValue,
                    "the mark of \(type.rawValue) lesson \(entry.scheduleUUID) is under '\(own.key)'; read as the lesson's",
                    own.position, &builder)
            }
        }
        for mark in graded where mark.key != own?.key {
            if mark.key == "po" {
                diagnose(
                    .info, .inferredValue,
                    "a 'po' mark (meaning unknown) is kept as an assessment of kind other", mark.position, &builder)
                wrote = writeMark(mark, lesson: lesson, type: .po, key: "po", &builder) || wrote
            } else if mark.mark.raw != own?.mark.raw {
                diagnose(
                    .warning, .ignoredContent,
                    "lesson \(entry.scheduleUUID) has a second mark '\(mark.mark.raw ?? "")' under '\(mark.key)'; "
                        + "not read", mark.position, &builder)
            }
        }
        for mark in entry.marks where mark.mark == .none && mark.comment != nil {
            diagnose(
                .warning, .ignoredContent, "a comment without a mark is not kept: \"\(mark.comment!)\"", mark.position,
                &builder)
        }
        guard !wrote, let attendance = entry.attendance else { return }
        switch AttendanceWord(attendance) {
        case .present: return
        case .absent:
            let id = lessonAssessment(
                lesson, type: lesson.type, key: nil, max: lesson.schedule.markMax, at: entry.position, &builder)
            let result = AssessmentResult(
                person: personID!, assessment: id, status: .absent, raw: attendance,
                source: reference(entry.position, builder))
            builder.add(result)
        case .unknown:
            diagnose(
                .info, .ignoredContent, "attendance '\(attendance)' is not known; no result", entry.position, &builder)
        }
    }

    /// Writes one mark object as a result of the lesson's assessment (or of a `…:key` one).
    private mutating func writeMark(
        _ mark: QuarterMarksRecord.Mark, lesson: Lesson, type: LessonType?, key: String?,
        _ builder: inout GradebookBuilder
    ) -> Bool {
        let max = mark.markMax ?? lesson.schedule.markMax
        if case .score = mark.mark, max == nil {
            diagnose(
                .warning, .incompleteRecord,
                "mark '\(mark.mark.raw ?? "")' has no markMax, nor has its lesson; kept without a maximum",
                mark.position, &builder)
        }
        let id = lessonAssessment(
            lesson, type: type, key: key,
            max: key == nil ? lesson.schedule.markMax ?? mark.markMax : mark.markMax ?? lesson.schedule.markMax,
            at: mark.position, &builder)
        return addResult(
            mark.mark, assessment: id, maxScore: mark.markMax, comment: mark.comment, at: mark.position, &builder)
    }

    /// The assessment of a lesson, added the first time it is needed.
    private mutating func lessonAssessment(
        _ lesson: Lesson, type: LessonType?, key: String?, max: DecimalNumber?, at position: DumpLocation,
        _ builder: inout GradebookBuilder
    ) -> Assessment.ID {
        let id = BilimClassIdentifier.schedule(lesson.schedule.uuid ?? "", key: key)
        let word = type?.title(number: lesson.sorNumber) ?? lesson.schedule.type ?? "урок"
        let date = lesson.schedule.dateText.map { ", " + $0 } ?? ""
        addAssessment(
            Assessment(
                id: id, title: "\(lesson.subjectName) — \(word)\(date)", kind: type?.kind ?? .other,
                number: type == .sor ? lesson.sorNumber : nil, maxScore: max, subject: lesson.subjectID,
                class: classID, term: lesson.termID, date: lesson.schedule.date?.iso),
            at: lesson.schedule.position, &builder)
        return id
    }

    // MARK: - Shared

    /// Adds an assessment once.
    mutating func addAssessment(_ assessment: Assessment, at position: DumpLocation, _ builder: inout GradebookBuilder)
    {
        guard addedAssessments.insert(assessment.id).inserted else { return }
        var assessment = assessment
        assessment.source = reference(position, builder)
        builder.add(assessment)
    }

    /// Adds the result a mark value gives; reports a value that is no mark.
    ///
    /// - Returns: Whether a result was kept.
    @discardableResult
    mutating func addResult(
        _ mark: MarkValue, assessment: Assessment.ID, maxScore: DecimalNumber?, comment: String?,
        at position: DumpLocation,
        _ builder: inout GradebookBuilder
    ) -> Bool {
        guard let personID else { return false }
        let source = reference(position, builder)
        switch mark {
        case .none:
            return false
        case .score(let score, let raw):
            return builder.add(
                AssessmentResult(
                    person: personID, assessment: assessment, status: .graded, score: score, maxScore: maxScore,
                    raw: raw, comment: comment, source: source))
        case .status(let status, let raw):
            return builder.add(
                AssessmentResult(
                    person: personID, assessment: assessment, status: status, raw: raw, comment: comment,
                    source: source))
        case .invalid(let raw, let reason):
            diagnose(.error, .invalidScore, "mark '\(raw)' is not read: \(reason)", position, &builder)
            return false
        }
    }
}
