import GradePortCore

/// Writes quarter and year marks from a totals response (`criteria-marks-totals(-light)`,
/// `allfinalmarks`, or a dump's `criteriaMarksTotals`) as assessments of kind `final`.
///
/// - One assessment per subject and period: `kundelik:final:<subject>/<term>`, maximum 5 ([I]:
///   quarter and year marks are 2–5 under the criteria rules; a school that keeps them on another
///   scale gets a `score-above-maximum` warning, never a changed value).
/// - The period is the dump's reporting period with the same id when the dump has it; otherwise a
///   term is made from `RawNumber` (0-based when any number in the response is 0) and the dates
///   (see ``PeriodTerm``), a quarter by default. The year mark (`Summaries`) belongs to the school
///   year of the subject's periods (`2025-2026/Y`).
/// - A student not among the dump's persons is added from `Student.PersonName` (the totals are a
///   roster of their own); `allfinalmarks` names no one, so such a person has only an id.
/// - A mark without a `Value` is not set: no result.
struct FinalMarksWriter {
    /// Where records were read.
    let provenance: DumpProvenance
    /// Gradebook term ids by Kundelik period id, from the dump's reporting periods.
    var termByPeriodID: [String: Term.ID]
    /// Subject names by Kundelik subject id, from the dump's subjects.
    let subjectNameByID: [String: String]
    /// Gradebook person ids by Kundelik person id.
    var personByID: [String: Person.ID]
    /// The class the marks belong to, when known.
    let classID: SchoolClass.ID?

    /// Writes the records.
    mutating func write(_ records: [FinalMarkRecord], into builder: inout GradebookBuilder) {
        let zeroBased = records.contains { $0.periodNumber == 0 }
        var schoolYearBySubject: [String: String] = [:]
        var written: Set<Assessment.ID> = []
        for record in records {
            guard let subjectName = record.subjectName ?? record.subjectID.flatMap({ subjectNameByID[$0] }) else {
                provenance.diagnose(
                    .error, .incompleteRecord, "final mark without a subject name skipped", record.location, &builder)
                continue
            }
            guard let platformPerson = record.personID else {
                provenance.diagnose(
                    .error, .incompleteRecord, "final mark in \(subjectName) without Student.PersonId skipped",
                    record.location, &builder)
                continue
            }
            let subjectID = KundelikIdentifier.subject(subjectName)
            builder.add(
                Subject(id: subjectID, name: subjectName, source: provenance.reference(record.location, builder)))
            let term: Term
            if record.isYearMark {
                guard let year = schoolYearBySubject[subjectName] else {
                    provenance.diagnose(
                        .error, .incompleteRecord,
                        "year mark in \(subjectName) whose school year no period tells; skipped", record.location,
                        &builder)
                    continue
                }
                term = PeriodTerm.year(year)
            } else if let known = record.periodID.flatMap({ termByPeriodID[$0] }) {
                term = Term(id: known)
            } else {
                term =
                    PeriodTerm(
                        id: record.periodID, type: nil, name: nil, number: record.periodNumber, zeroBased: zeroBased,
                        start: record.periodStart, end: record.periodEnd, year: nil, defaultKind: .quarter
                    ).term
            }
            if let year = term.schoolYear ?? Self.schoolYear(inTermID: term.id.rawValue) {
                schoolYearBySubject[subjectName] = year
            }
            if term.schoolYear != nil || term.kind != nil { builder.add(term) }

            let person = self.person(platformPerson, record, &builder)
            let assessment = KundelikIdentifier.final(subject: subjectName, term: term.id.rawValue)
            if written.insert(assessment).inserted {
                let period = PeriodTerm.title(ofTermID: term.id)
                builder.add(
                    Assessment(
                        id: assessment, title: "\(subjectName): \(period)", kind: .final,
                        maxScore: MarkScale.fivePoint.maxScore, subject: subjectID, class: classID, term: term.id,
                        category: "criteria-marks-totals", source: provenance.reference(record.location, builder)))
            }
            guard let raw = record.value else { continue }
            var result = AssessmentResult(
                person: person, assessment: assessment, status: .graded, raw: raw,
                source: provenance.reference(record.location, builder))
            let label = "\(record.isYearMark ? "year" : "period") mark of \(person) in \(subjectName)"
            switch KundelikMark(raw) {
            case .points(let value, let outOf):
                result.score = value
                result.maxScore = outOf
            case .status(let status):
                result.status = status
            case .lateArrival, .notTaken, .blank:
                provenance.diagnose(.info, .skippedRow, "\(label) is '\(raw)': no result", record.location, &builder)
                continue
            case .invalid(let reason):
                provenance.diagnose(.error, .invalidScore, "\(label): \(reason); skipped", record.location, &builder)
                continue
            }
            builder.add(result)
        }
    }

    /// The gradebook person of a Kundelik id, added from the record's name when new.
    private mutating func person(
        _ id: String, _ record: FinalMarkRecord, _ builder: inout GradebookBuilder
    ) -> Person.ID {
        if let known = personByID[id] {
            if let name = record.personName {
                builder.add(Person(id: known, familyName: name.last, givenName: name.first, patronymic: name.middle))
            }
            return known
        }
        let personID = KundelikIdentifier.person(id)
        personByID[id] = personID
        builder.add(
            Person(
                id: personID, familyName: record.personName?.last, givenName: record.personName?.first,
                patronymic: record.personName?.middle,
                externalIds: [.init(platform: KundelikPlatform.descriptor.id, id: id)],
                source: provenance.reference(record.location, builder)))
        if let classID { builder.add(Enrollment(person: personID, class: classID)) }
        return personID
    }

    /// The school year a term id of the form `2025-2026/Q2` names.
    private static func schoolYear(inTermID id: String) -> String? {
        let parts = id.split(separator: "/")
        return parts.count == 2 && parts[0].count == 9 ? String(parts[0]) : nil
    }
}
