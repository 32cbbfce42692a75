import GradePortCore
import JSONStream

/// The classic journal: works become assessments, marks become results.
///
/// - A work's kind comes from its text and work type (`СОР`, `СОЧ`, `ФО`, a quarter-mark title);
///   a work whose `type` names a period mark (`PeriodMark`, `FinalMark`) is a `final` mark; any
///   other work is an ordinary journal mark, which Kundelik's journal counts as formative.
/// - Its maximum is the points scale of its `markType` (`Mark10` → 10; see ``MarkScale``).
/// - Its term is the reporting period of the same `periodType` and `periodNumber`, else the period
///   whose dates hold its `targetDate`.
extension DumpGradebookWriter {
    mutating func writeWork(_ work: WorkRecord, into builder: inout GradebookBuilder) {
        guard let id = work.id else {
            diagnose(.error, .incompleteRecord, "work without an id skipped", work.location, &builder)
            return
        }
        let type = work.workType.flatMap { workTypes[$0] }
        let date = work.targetDate.map { String($0.prefix(10)) }
        let typeName = type?.title ?? type?.abbreviation ?? work.workType.flatMap { workTypes.isEmpty ? $0 : nil }
        let title = work.text ?? [typeName ?? "Работа", date].compactMap { $0 }.joined(separator: " ")
        let category = [type?.abbreviation, type?.title].compactMap { $0 }.first
        var classification = AssessmentKindClassifier().classify(title: title, category: category)
        let lowerType = work.type?.lowercased() ?? ""
        if lowerType.contains("periodmark") || lowerType.contains("finalmark") {
            classification = AssessmentClassification(kind: .final)
        } else if classification.kind == .other {
            classification = AssessmentClassification(kind: .formative)
        }
        var maxScore: DecimalNumber?
        if let markType = work.markType {
            if let scale = MarkScale(markType: markType) {
                maxScore = scale.maxScore
            } else {
                diagnose(
                    .info, .inferredValue,
                    "work \(id) has mark type '\(markType)', which names no points scale: no maximum",
                    work.location, &builder)
            }
        }
        let what = "work \(id)"
        let assessment = KundelikIdentifier.work(id)
        builder.add(
            Assessment(
                id: assessment, title: title, kind: classification.kind, number: classification.number,
                maxScore: maxScore, subject: subjectID(for: work.subjectID, what: what, work.location, &builder),
                class: classID(forGroup: work.eduGroup, what: what, work.location, &builder),
                term: term(of: work, date: date), date: date, category: category,
                source: reference(work.location, builder)))
        works[id] = (assessment, title)
    }

    /// The term of a work: by period type and number, else by date.
    private func term(of work: WorkRecord, date: String?) -> Term.ID? {
        if let type = work.periodType, let number = work.periodNumber,
            let term = termByPeriodKey["\(type.lowercased())/\(number)"]
        {
            return term
        }
        guard let date else { return nil }
        return datedTerms.filter { $0.start <= date && date <= $0.end }.min { $0.end < $1.end }?.id
    }

    mutating func writeMark(_ mark: MarkRecord, into builder: inout GradebookBuilder) {
        guard let person = mark.person, let work = mark.work else {
            diagnose(
                .error, .incompleteRecord, "mark without a person or a work skipped", mark.location, &builder)
            return
        }
        guard let personID = personByID[person] else {
            diagnose(
                .error, .danglingReference, "mark for person \(person), who is not among the persons; skipped",
                mark.location, &builder)
            return
        }
        guard let target = works[work] else {
            diagnose(
                .error, .danglingReference, "mark for work \(work), which is not among the works; skipped",
                mark.location, &builder)
            return
        }
        let ownScale = mark.type.flatMap(MarkScale.init(markType:))
        writeResult(
            mark.value, person: personID, assessment: target.assessment,
            label: "mark of \(personID) in '\(target.title)'", scale: ownScale?.maxScore, misfit: mark.valueMisfit,
            mark.location, &builder)
    }

    /// Writes one value as a result, or says why there is none.
    ///
    /// - Parameters:
    ///   - scale: The maximum to use when the assessment has none (the mark's own system).
    ///   - misfit: The JSON kind of the value when it is neither text nor a number (`"value": true`):
    ///     an `invalid-score` error, never a quiet "no value".
    mutating func writeResult(
        _ raw: String?, person: Person.ID, assessment: Assessment.ID, label: String, scale: DecimalNumber?,
        misfit: JSONValueKind? = nil, _ location: DumpLocation, _ builder: inout GradebookBuilder
    ) {
        if raw == nil, let misfit {
            diagnose(
                .error, .invalidScore, "\(label): the value is \(misfit.description), not a mark or a number; skipped",
                location, &builder)
            return
        }
        guard let raw else {
            diagnose(.info, .skippedRow, "\(label) has no value; no result", location, &builder)
            return
        }
        var result = AssessmentResult(
            person: person, assessment: assessment, status: .graded, raw: raw, source: reference(location, builder))
        switch KundelikMark(raw) {
        case .points(let value, let outOf):
            result.score = value
            result.maxScore = outOf ?? (builder.assessment(id: assessment)?.maxScore == nil ? scale : nil)
        case .status(let status):
            result.status = status
        case .lateArrival:
            diagnose(
                .info, .skippedRow, "\(label) is 'о' (late for the lesson): attendance, not a mark; no result",
                location, &builder)
            return
        case .notTaken:
            diagnose(.info, .skippedRow, "\(label) is '-' (no mark); no result", location, &builder)
            return
        case .blank:
            diagnose(.info, .skippedRow, "\(label) has an empty value; no result", location, &builder)
            return
        case .invalid(let reason):
            diagnose(.error, .invalidScore, "\(label): \(reason); skipped", location, &builder)
            return
        }
        builder.add(result)
    }
}
