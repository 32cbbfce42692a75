import GradePortCore

/// The criteria journal: sections become СОР/СОЧ assessments, points become results.
///
/// A section's kind is read from its text (`name`/`part`, then `type`) with
/// `AssessmentKindClassifier`: `СОР`/`БЖБ`/a section phrase → section summative, `СОЧ`/`ТЖБ`/a
/// quarter phrase → term summative. A section whose text says neither is a СОР ([I]: the criteria
/// journal holds one section per topic and one for the quarter, and topic sections are the many),
/// with an `inferred-value` note. Its maximum is `maxvalue`.
extension DumpGradebookWriter {
    mutating func writeSection(_ section: SectionRecord, into builder: inout GradebookBuilder) {
        guard let id = section.id else {
            diagnose(.error, .incompleteRecord, "criteria section without an id skipped", section.location, &builder)
            return
        }
        let title = section.title ?? "Раздел \(id)"
        var classification = AssessmentKindClassifier().classify(title: title, category: section.category)
        if classification.kind != .sectionSummative && classification.kind != .termSummative {
            diagnose(
                .info, .inferredValue,
                "section '\(title)' names neither СОР nor СОЧ; read as a section summative (СОР)",
                section.location, &builder)
            classification = AssessmentClassification(kind: .sectionSummative, number: classification.number)
        }
        var maxScore: DecimalNumber?
        if let text = section.maxValue {
            if let value = DecimalNumber(parsing: text, allowingDecimalComma: true), value > .zero {
                maxScore = value
            } else {
                diagnose(
                    .warning, .invalidScore,
                    "maxvalue '\(text)' of section '\(title)' is not a positive number; no maximum",
                    section.location, &builder)
            }
        } else {
            diagnose(
                .warning, .incompleteRecord, "section '\(title)' has no maxvalue; no maximum", section.location,
                &builder)
        }
        let what = "section \(id)"
        var subject: Subject.ID?
        if let known = section.subjectID.flatMap({ subjectByID[$0] }) {
            subject = known.id
        } else if let name = section.subjectName {
            subject = KundelikIdentifier.subject(name)
            builder.add(
                Subject(id: KundelikIdentifier.subject(name), name: name, source: reference(section.location, builder)))
        } else {
            subject = subjectID(for: section.subjectID, what: what, section.location, &builder)
        }
        var term: Term.ID?
        if let period = section.period {
            term = termByPeriodID[period]
            if term == nil && !termByPeriodID.isEmpty {
                diagnose(
                    .warning, .danglingReference, "\(what) is for period \(period), which the dump does not contain",
                    section.location, &builder)
            }
        }
        let assessment = KundelikIdentifier.section(id)
        builder.add(
            Assessment(
                id: assessment, title: title, kind: classification.kind, number: classification.number,
                maxScore: maxScore, subject: subject,
                class: classID(forGroup: section.eduGroup, what: what, section.location, &builder), term: term,
                category: "criteria-journal", source: reference(section.location, builder)))
        sections[id] = (assessment, title)
    }

    mutating func writeCriteriaMark(_ mark: CriteriaMarkRecord, into builder: inout GradebookBuilder) {
        guard let person = mark.person, let section = mark.section else {
            diagnose(
                .error, .incompleteRecord,
                "criteria mark without a person or a section (value \(mark.value ?? "none")) skipped", mark.location,
                &builder)
            return
        }
        guard let personID = personByID[person] else {
            diagnose(
                .error, .danglingReference,
                "criteria mark for person \(person), who is not among the persons; skipped", mark.location, &builder)
            return
        }
        guard let target = sections[section] else {
            diagnose(
                .error, .danglingReference,
                "criteria mark of \(personID) for section \(section), which is not among the sections; skipped",
                mark.location, &builder)
            return
        }
        writeResult(
            mark.value, person: personID, assessment: target.assessment,
            label: "points of \(personID) in '\(target.title)'", scale: nil, misfit: mark.valueMisfit, mark.location,
            &builder)
    }
}
