import GradePortCore

extension OneRosterExport {
    /// One assessment as a line item.
    private struct LineItem {
        var sourcedId: String
        var section: String
        /// The date results are dated with when the assessment has none: the due date's day.
        var scoreDate: String
        var scoreDateIsPlaceholder: Bool
        var maxScore: DecimalNumber?
    }

    /// Writes `categories`, `lineItems` and `results`.
    mutating func writeGradebook() throws(InterchangeError) {
        let book = book
        let plan = plan
        let kinds = Set(book.assessments.map(\.kind))
        try write("categories.csv") { table throws(InterchangeError) in
            for kind in AssessmentKind.allCases where kinds.contains(kind) {
                try table.row { row in
                    row.text(Self.categoryID(kind))
                    row.empty()
                    row.empty()
                    row.text(CategoryTitle.of(kind))
                    row.empty()
                    row.text(kind.rawValue)
                }
            }
        }

        var lineItems: [IdentifierKey: LineItem] = [:]
        var lineItemIDs = IdentifierAllocator(kind: "lineItem")
        try write("lineItems.csv") { table throws(InterchangeError) in
            for (index, assessment) in book.assessments.enumerated()
            where lineItems[IdentifierKey(assessment.id)] == nil {
                let section = plan.sections[plan.assessmentSections[index]]
                let session = plan.sessions[plan.assessmentSessions[index] ?? plan.fallbackSession]
                let date = RosterPlan.date(assessment.date) == nil ? nil : assessment.date
                let natural =
                    "\(section.sourcedId)|\(session.sourcedId)|\(assessment.kind.rawValue)|"
                    + "\(assessment.title)|\(assessment.date ?? "")"
                let item = LineItem(
                    sourcedId: lineItemIDs.allocate(natural: natural, fallback: "id:\(assessment.id)"),
                    section: section.sourcedId, scoreDate: RosterPlan.date(date) ?? session.endDate,
                    scoreDateIsPlaceholder: date == nil, maxScore: assessment.maxScore)
                lineItems[IdentifierKey(assessment.id)] = item
                try table.row { row in
                    row.text(item.sourcedId)
                    row.empty()
                    row.empty()
                    row.text(assessment.title)
                    row.empty()
                    row.text(date ?? session.startDate)
                    row.text(date ?? session.endDate)
                    row.text(section.sourcedId)
                    row.text(Self.categoryID(assessment.kind))
                    row.text(session.sourcedId)
                    row.text(assessment.maxScore == nil ? nil : "0")
                    row.number(assessment.maxScore)
                    row.text(section.organisation)
                    row.text(assessment.id)
                    row.text(assessment.kind.rawValue)
                    row.integer(assessment.number)
                    row.text(assessment.category)
                    row.text(
                        Self.placeholders([
                            // The gradebook has one date, the due or held date: assignDate always stands in.
                            ("assignDate", true), ("dueDate", date == nil),
                            ("academicSessionSourcedId", plan.assessmentSessions[index] == nil),
                        ]))
                }
            }
        }

        var files: [Source.ID: String] = [:]
        for source in book.sources { files[source.id] = source.file }
        // A result's key (line item, student) is unique by construction: one result per student and
        // assessment, each with its own line item and user.
        let resultIDs = StableIdentifier.Maker(kind: "result")
        var skipped: [String] = []
        var lastPerson: (id: Person.ID, user: Int?) = ("", nil)
        try write("results.csv") { table throws(InterchangeError) in
            for result in book.results {
                if lastPerson.user == nil || !IdentifierKey.sameBytes(lastPerson.id, result.person) {
                    lastPerson = (result.person, plan.userIndex[IdentifierKey(result.person)])
                }
                guard let item = lineItems[IdentifierKey(result.assessment)], let user = lastPerson.user else {
                    skipped.append(result.person.rawValue)
                    continue
                }
                let student = plan.users[user].sourcedId
                let scoreText = result.score?.description
                let file = files[result.source.source]
                try table.row { row in
                    row.text(resultIDs.make("\(item.sourcedId)|\(student)"))
                    row.empty()
                    row.empty()
                    row.text(item.sourcedId)
                    row.text(student)
                    row.text(ScoreStatus(result.status).rawValue)
                    row.number(result.score)
                    row.text(item.scoreDate)
                    row.text(result.comment)
                    // textScore is a score written as text; a status word (`TURNED_IN`, `н`) is not one.
                    row.text(result.raw == scoreText || result.status != .graded ? nil : result.raw)
                    row.text(item.section)
                    row.empty()
                    row.empty()
                    row.text(Self.flag(result.late))
                    row.text(result.status == .missing ? "true" : "false")
                    row.text(result.status.rawValue)
                    row.number(result.maxScore == item.maxScore ? nil : result.maxScore)
                    row.text(Self.flag(result.draft))
                    row.text(result.source.file.map { (file.map { $0 + "/" } ?? "") + $0 } ?? file)
                    row.integer(result.source.line)
                    row.integer(result.source.column)
                    row.text(Self.placeholders([("scoreDate", item.scoreDateIsPlaceholder)]))
                    row.text(result.status == .graded ? nil : result.raw)
                }
            }
        }
        unwritten = skipped
    }

    /// The `sourcedId` of the category of an assessment kind.
    static func categoryID(_ kind: AssessmentKind) -> String {
        StableIdentifier.make(kind: "category", key: kind.rawValue)
    }
}
