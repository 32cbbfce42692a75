import GradePortCore

/// The preview: students down, assessments across, each cell the normalized value with the cell as
/// written on hover, and where it came from (`data-source`, `data-line`) so that choosing a
/// diagnostic can light up its row.
struct PreviewGrid {
    /// The most students shown.
    static let maxRows = 200
    /// The most assessments shown.
    static let maxColumns = 40

    var book: Gradebook
    var catalog: Catalog

    /// The table and a line saying how much of it is shown.
    var html: String {
        // Only the shown corner is indexed: the first students and assessments in the order their
        // results appear, so that a gradebook of millions of results costs a few thousand cells.
        var assessmentOrder: [Assessment.ID: Int] = [:]
        var studentOrder: [Person.ID: Int] = [:]
        var cells: [Person.ID: [Assessment.ID: AssessmentResult]] = [:]
        for result in book.results {
            if studentOrder[result.person] == nil, studentOrder.count < Self.maxRows {
                studentOrder[result.person] = studentOrder.count
            }
            if assessmentOrder[result.assessment] == nil, assessmentOrder.count < Self.maxColumns {
                assessmentOrder[result.assessment] = assessmentOrder.count
            }
            guard studentOrder[result.person] != nil, assessmentOrder[result.assessment] != nil else { continue }
            cells[result.person, default: [:]][result.assessment] = result
        }
        let assessmentsByID = Dictionary(book.assessments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let shownRows = studentOrder.sorted { $0.value < $1.value }.map(\.key)
        let peopleByID = Dictionary(
            book.people.filter { studentOrder[$0.id] != nil }.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        let shownColumns = assessmentOrder.sorted { $0.value < $1.value }.map(\.key)
        let studentCount = book.people.count { $0.role == .student }
        let assessmentCount = book.assessments.count
        let classes = Dictionary(book.classes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var classNames: [Person.ID: String] = [:]
        for enrollment in book.enrollments where studentOrder[enrollment.person] != nil {
            if classNames[enrollment.person] == nil { classNames[enrollment.person] = classes[enrollment.class] }
        }
        let sourceFiles = Dictionary(book.sources.map { ($0.id, $0.file) }, uniquingKeysWith: { first, _ in first })

        var page = HTMLText()
        if shownRows.count < studentCount || shownColumns.count < assessmentCount {
            page.element(
                "p", "class=\"note\"",
                catalog.format(
                    .previewTruncated, shownRows.count, max(studentCount, shownRows.count), shownColumns.count,
                    max(assessmentCount, shownColumns.count)))
        }
        page.raw("<div class=\"grid-wrap\"><table data-testid=\"preview\" class=\"preview\"><thead><tr>")
        page.element("th", "", catalog[.student])
        page.element("th", "", catalog[.className])
        for column in shownColumns {
            let assessment = assessmentsByID[column]
            var title = assessment?.title ?? column.rawValue
            if let max = assessment?.maxScore { title += " (\(max))" }
            page.element("th", HTMLText.attribute("title", assessment?.kind.rawValue ?? ""), title)
        }
        page.raw("</tr></thead><tbody>")
        for student in shownRows {
            let person = peopleByID[student]
            let row = cells[student] ?? [:]
            let firstLine = row.values.compactMap(\.source.line).min()
            let firstSource = row.values.first?.source.source.rawValue ?? ""
            page.raw(
                "<tr \(HTMLText.attribute("data-source", firstSource)) "
                    + "\(HTMLText.attribute("data-line", firstLine.map(String.init) ?? ""))>")
            page.element("th", "", person.map(\.fullName) ?? student.rawValue)
            page.element("td", "", classNames[student] ?? "")
            for column in shownColumns {
                guard let result = row[column] else {
                    page.raw("<td class=\"empty\"></td>")
                    continue
                }
                var attributes = [
                    HTMLText.attribute("data-source", result.source.source.rawValue),
                    HTMLText.attribute("data-line", result.source.line.map(String.init) ?? ""),
                ]
                var hover = catalog[.cellAsWritten] + ": " + (result.raw ?? "")
                if let file = sourceFiles[result.source.source] {
                    hover += " — " + file + (result.source.line.map { ":\($0)" } ?? "")
                }
                attributes.append(HTMLText.attribute("title", hover))
                attributes.append("class=\"\(result.status.rawValue)\"")
                page.element("td", attributes.joined(separator: " "), Self.value(of: result))
            }
            page.raw("</tr>")
        }
        page.raw("</tbody></table></div>")
        return page.html
    }

    /// A result as the grid shows it: the score, or the status.
    static func value(of result: AssessmentResult) -> String {
        if let score = result.score { return score.description }
        return result.status.rawValue
    }
}
