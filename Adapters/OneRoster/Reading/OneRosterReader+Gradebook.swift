import GradePortCore

extension OneRosterReader {
    /// `categories.csv`: titles, and the assessment kind each stands for.
    mutating func readCategories(into book: inout GradebookBuilder) throws {
        try each("categories.csv", into: &book) { reader, row, id, book in
            let title = row.text("title")
            if title == nil { reader.report(&book, .error, .incompleteRecord, "no title", row, "title") }
            let kind = row.token(GradePortMetadata.column("kind")).flatMap(AssessmentKind.init(rawValue:))
            reader.categories[id] = CategoryRecord(title: title, kind: kind)
        }
    }

    /// `lineItems.csv`: each line item is an assessment of its class's class and subject.
    mutating func readLineItems(into book: inout GradebookBuilder) throws {
        let sessionColumn = version.isBefore1_2 ? "gradingPeriodSourcedId" : "academicSessionSourcedId"
        try each("lineItems.csv", into: &book) { reader, row, id, book in
            guard let title = row.text("title") else {
                reader.report(&book, .error, .incompleteRecord, "no title; the line item is not read", row, "title")
                return
            }
            guard let section = reader.resolveSection(row, "classSourcedId", what: "line item", into: &book) else {
                return
            }
            var category: CategoryRecord?
            if let categoryID = row.token("categorySourcedId") {
                category = reader.categories[categoryID]
                if category == nil {
                    reader.report(
                        &book, .warning, .danglingReference,
                        "categorySourcedId \(categoryID) is not a category of this export", row, "categorySourcedId")
                }
            }
            // 1.2 renamed the column; a file of either version may use the other name.
            let column =
                row.table.has(sessionColumn)
                ? sessionColumn
                : row.table.has("academicSessionSourcedId") ? "academicSessionSourcedId" : "gradingPeriodSourcedId"
            var term: String?
            if let sessionID = row.token(column) {
                if let known = reader.terms[sessionID] {
                    term = known
                } else {
                    reader.report(
                        &book, .warning, .danglingReference,
                        "\(column) \(sessionID) is not a session of this export; the assessment has no term", row,
                        column)
                }
            }
            let assignDate = reader.dateTime(row, "assignDate", into: &book)
            let dueDate = reader.dateTime(row, "dueDate", into: &book)
            var maxScore = reader.number(row, "resultValueMax", into: &book)
            if let max = maxScore, max.isZero || max.isNegative {
                reader.report(
                    &book, .warning, .invalidValue, "resultValueMax \(max) is not a positive maximum; left out", row,
                    "resultValueMax")
                maxScore = nil
            }
            if let min = reader.number(row, "resultValueMin", into: &book), !min.isZero {
                reader.report(
                    &book, .warning, .invalidValue,
                    "resultValueMin is \(min); scores are read as they are, on a scale from 0", row, "resultValueMin")
            }
            if row.table.has(GradePortMetadata.column("id")) {
                let placeholders = reader.placeholders(row)
                let kindText = row.token(GradePortMetadata.column("kind"))
                let kind = kindText.flatMap(AssessmentKind.init(rawValue:))
                if let kindText, kind == nil {
                    reader.report(
                        &book, .warning, .invalidValue, "assessment kind '\(kindText)' is not known; read as other",
                        row, GradePortMetadata.column("kind"))
                }
                let assessmentID = row.text(GradePortMetadata.column("id")) ?? "oneroster:lineItem:" + id
                book.add(
                    Assessment(
                        id: Assessment.ID(rawValue: assessmentID), title: title, kind: kind ?? .other,
                        number: row.token(GradePortMetadata.column("number")).flatMap { Int($0) }, maxScore: maxScore,
                        subject: section.subject.map(Subject.ID.init(rawValue:)),
                        class: section.schoolClass.map(SchoolClass.ID.init(rawValue:)),
                        term: placeholders.contains("academicSessionSourcedId")
                            ? nil : term.map(Term.ID.init(rawValue:)),
                        date: placeholders.contains("dueDate") ? nil : dueDate,
                        category: row.text(GradePortMetadata.column("category"))))
                reader.lineItems[id] = assessmentID
                return
            }
            let classification = AssessmentKindClassifier().classify(title: title, category: category?.title)
            let assessmentID = "oneroster:lineItem:" + id
            book.add(
                Assessment(
                    id: Assessment.ID(rawValue: assessmentID), title: title,
                    kind: category?.kind ?? classification.kind,
                    number: classification.number, maxScore: maxScore,
                    subject: section.subject.map(Subject.ID.init(rawValue:)),
                    class: section.schoolClass.map(SchoolClass.ID.init(rawValue:)),
                    term: term.map(Term.ID.init(rawValue:)),
                    date: dueDate ?? assignDate, category: category?.title))
            reader.lineItems[id] = assessmentID
        }
    }

    /// `results.csv`: one student's result for one line item.
    mutating func readResults(into book: inout GradebookBuilder) throws {
        try each("results.csv", into: &book, keyed: false) { reader, row, _, book in
            guard let lineItem = row.token("lineItemSourcedId") else {
                reader.report(
                    &book, .error, .incompleteRecord, "no lineItemSourcedId; the result is not read", row,
                    "lineItemSourcedId")
                return
            }
            guard let assessment = reader.lineItems[lineItem] else {
                let deleted = reader.isDeleted(lineItem, in: "lineItems.csv")
                reader.report(
                    &book, deleted ? .info : .error, .danglingReference,
                    "lineItemSourcedId \(lineItem) is "
                        + (deleted ? "a deleted line item" : "not a line item of this export")
                        + "; the result is not read", row, "lineItemSourcedId")
                return
            }
            guard let person = reader.resolvePerson(row, "studentSourcedId", what: "result", into: &book) else {
                return
            }
            guard let scoreStatus = reader.enumeration(row, "scoreStatus", OneRosterSchema.scoreStatuses, into: &book)
            else {
                if row.token("scoreStatus") == nil {
                    reader.report(
                        &book, .error, .incompleteRecord, "no scoreStatus; the result is not read", row, "scoreStatus")
                }
                return
            }
            let scoreText = row.token("score")
            let score = reader.number(row, "score", code: .invalidScore, into: &book)
            if scoreText != nil && score == nil { return }
            _ = reader.date(row, "scoreDate", into: &book)
            let textScore = row.text("textScore")
            let late = reader.boolean(row, "late", into: &book)
            let missing = reader.boolean(row, "missing", into: &book)
            let column = scoreText != nil ? "score" : "scoreStatus"
            let source = book.reference(
                line: row.line(of: column), column: row.column(column), file: row.table.displayName)
            if row.table.has(GradePortMetadata.column("status")) {
                let statusText = row.token(GradePortMetadata.column("status"))
                let status = statusText.flatMap(ResultStatus.init(rawValue:))
                if let statusText, status == nil {
                    reader.report(
                        &book, .warning, .invalidValue,
                        "result status '\(statusText)' is not known; read from scoreStatus",
                        row, GradePortMetadata.column("status"))
                }
                book.add(
                    AssessmentResult(
                        person: Person.ID(rawValue: person), assessment: Assessment.ID(rawValue: assessment),
                        status: status ?? Self.status(scoreStatus, score: score, missing: missing),
                        score: score, maxScore: reader.number(row, GradePortMetadata.column("maxScore"), into: &book),
                        raw: row.text(GradePortMetadata.column("raw")) ?? textScore ?? scoreText,
                        comment: row.text("comment"), late: late,
                        draft: row.token(GradePortMetadata.column("draft")).flatMap(FieldValue.boolean),
                        source: source))
                return
            }
            var status = Self.status(scoreStatus, score: score, missing: missing)
            if status == .graded && score == nil {
                guard textScore != nil else {
                    reader.report(
                        &book, .error, .invalidScore,
                        "scoreStatus \(scoreStatus) without a score; the result is not read",
                        row, "scoreStatus")
                    return
                }
                status = .submitted
                reader.report(
                    &book, .info, .inferredValue,
                    "textScore '\(textScore!)' without a score: kept as the raw value of a submitted result", row,
                    "textScore")
            }
            book.add(
                AssessmentResult(
                    person: Person.ID(rawValue: person), assessment: Assessment.ID(rawValue: assessment),
                    status: status,
                    score: score, raw: textScore ?? scoreText ?? scoreStatus, comment: row.text("comment"), late: late,
                    source: source))
        }
    }

    /// The gradebook status a OneRoster result stands for: `fully graded` and `partially graded` →
    /// graded, `not submitted` → missing (as is any result flagged `missing`), `exempt` → exempt,
    /// `submitted` → submitted.
    static func status(_ scoreStatus: String, score: DecimalNumber?, missing: Bool?) -> ResultStatus {
        if missing == true { return .missing }
        switch scoreStatus {
        case "fully graded", "partially graded": return .graded
        case "not submitted": return .missing
        case "exempt": return .exempt
        default: return .submitted
        }
    }
}
