import GradePortCore
import TableReader

/// Turns the student rows of a journal table into people, enrollments and results.
struct StudentRows {
    let layout: JournalLayout
    let context: TableContext
    let profile: JournalProfile
    /// Reads the cells, with the profile's status words, marks and letters.
    let cells: CellReading
    /// Words that mean no result, by ``CellValueParser/wordKey(_:)``.
    let blankWords: Set<String>
    /// The first line of each student, by person id.
    private var firstLine: [Person.ID: Int] = [:]
    /// Where the letter ratings and the marks with `+`/`−` were, for one note each at the end.
    private var notes = CellNotes()

    init(layout: JournalLayout, context: TableContext, profile: JournalProfile, decimalComma: Bool) {
        self.layout = layout
        self.context = context
        self.profile = profile
        self.cells = CellReading(profile: profile, decimalComma: decimalComma)
        self.blankWords = Set(profile.words.blank.map(CellValueParser.wordKey))
    }

    /// Reads one non-empty row under the header.
    mutating func read(_ row: CSVRow, into builder: inout GradebookBuilder) {
        let label = [layout.name, layout.surname].compactMap { $0 }.first.flatMap { row.isBlank($0) ? nil : row[$0] }
        if let first = row.indices.first(where: { !row.isBlank($0) }),
            profile.ignoredRows.matchesWhole(row[first]) || label.map(profile.ignoredRows.occurs(in:)) == true
        {
            builder.diagnose(.info, .skippedRow, "not a student row: \(JournalReader.describe(row))", line: row.line)
            return
        }
        guard let label, !label.trimmedCell.isEmpty else {
            builder.diagnose(
                .info, .skippedRow, "row without a student name skipped: \(JournalReader.describe(row))",
                line: row.line)
            return
        }
        builder.countRows()
        let name = personName(row)
        let classText = layout.className.flatMap { row.isBlank($0) ? nil : row[$0].trimmedCell }
        let classID: SchoolClass.ID?
        if let classText {
            let normalized = ClassName(parsing: classText)
            let text = normalized?.description ?? classText
            classID = SchoolClass.ID(platform: context.platform, "class:\(text)")
            builder.add(SchoolClass(id: classID!, name: text, grade: normalized?.grade))
        } else {
            classID = context.classID
        }
        let subjectID: Subject.ID?
        if let index = layout.subject, !row.isBlank(index) {
            let subject = row[index].trimmedCell
            subjectID = Subject.ID(platform: context.platform, "subject:\(subject)")
            builder.add(Subject(id: subjectID!, name: subject))
        } else {
            subjectID = context.subjectID
        }

        let iin = value(row, layout.iin)
        var validIIN: String?
        if let iin, let index = layout.iin {
            switch IIN.validate(iin) {
            case .success(let parsed): validIIN = parsed.digits
            case .failure(let problem):
                builder.diagnose(
                    .warning, .invalidIIN, "IIN '\(iin)' is not valid (\(problem)); it is not kept",
                    line: row.line(ofField: index), column: index + 1)
            }
        }
        let email = value(row, layout.email)?.lowercased()
        let login = value(row, layout.login)
        let studentID = value(row, layout.studentID)
        let fullName = name.description
        let nameKey = NameFolding.spelling(fullName)
        let keyed: (PersonKey, String)? = {
            let order: [ColumnRules.PersonKey] =
                profile.columns.personKey.map { [$0] } ?? [.iin, .email, .login, .id, .name]
            for key in order {
                switch key {
                case .iin: if let validIIN { return (.iin, "iin:" + validIIN) }
                case .email: if let email { return (.email, email) }
                case .login: if let login { return (.login, "login:" + login) }
                case .id: if let studentID { return (.id, "id:" + studentID) }
                case .name:
                    if !nameKey.isEmpty {
                        return (.name, (classText ?? context.className ?? context.scope) + ":" + nameKey)
                    }
                }
            }
            return nil
        }()
        guard let (keyKind, key) = keyed else {
            let column = (layout.iin ?? layout.email ?? layout.login ?? layout.studentID ?? layout.name ?? 0) + 1
            builder.diagnose(
                .error, .incompleteRecord,
                "\(fullName) has no \(profile.columns.personKey?.rawValue ?? "name or id") to identify them; the row is rejected",
                line: row.line, column: column)
            return
        }
        // A name is unique only within a school: scoped by the input's school, when it has one.
        let unscoped = Person.ID(platform: context.platform, key)
        let person = keyKind == .name ? builder.localPersonID(unscoped) : unscoped
        if let first = firstLine[person] {
            builder.diagnose(
                .error, .duplicateStudent, "\(fullName) already has a row at line \(first); this row is rejected",
                line: row.line, column: (layout.name ?? layout.surname ?? 0) + 1)
            return
        }
        firstLine[person] = row.line
        var externals: [Person.ExternalID] = []
        if let login { externals.append(.init(platform: context.platform, id: login)) }
        if let studentID { externals.append(.init(platform: context.platform, id: studentID)) }
        builder.add(
            Person(
                id: person, role: .student, familyName: name.familyName, givenName: name.givenName,
                patronymic: name.patronymic, email: email, iin: validIIN, externalIds: externals,
                source: builder.reference(line: row.line), nameIsParsed: value(row, layout.name) != nil))
        if let classID { builder.add(Enrollment(person: person, class: classID, subject: subjectID)) }

        for (position, column) in layout.assessments.enumerated() {
            let comment = value(row, column.commentIndex)
            guard !row.isBlank(column.index) || comment != nil else { continue }
            let raw = column.index < row.count ? row[column.index] : ""
            let line = row.line(ofField: min(column.index, max(row.count - 1, 0)))
            var result = AssessmentResult(
                person: person, assessment: context.assessmentIDs[position], status: .graded, raw: raw,
                comment: comment, source: builder.reference(line: line, column: column.index + 1))
            let reading: CellReading.Reading
            if !blankWords.isEmpty, blankWords.contains(CellValueParser.wordKey(raw)) {
                reading = .value(.blank)
            } else {
                reading = cells.read(raw, scale: column.scale, maximum: context.maxima[position])
            }
            switch reading {
            case .value(.blank):
                // A comment with no value is feedback on handed-in work: the comment cell is the result.
                guard let comment, let index = column.commentIndex else { continue }
                result.status = .submitted
                result.raw = comment
                result.source = builder.reference(line: row.line(ofField: index), column: index + 1)
            case .value(.score(let value, let outOf, let late)):
                result.score = value
                result.maxScore = outOf ?? context.maxima[position]
                if late { result.late = true }
            case .value(.percent(let value, let late)):
                result.score = value
                result.maxScore = .hundred
                if late { result.late = true }
            case .value(.status(let status, let late)):
                result.status = status
                if late { result.late = true }
            case .value(.invalid(let reason)):
                builder.diagnose(
                    .error, .invalidScore,
                    "\(fullName) in '\(context.titles[position])': \(reason); the cell is skipped",
                    line: line, column: column.index + 1)
                continue
            case .modifiedMark(let mark):
                result.score = mark.score
                result.maxScore = CellReading.highestMark
                notes.modifiedMark(line: line, column: column.index + 1, raw: raw)
            case .letter:
                result.status = .submitted
                notes.letter(line: line, column: column.index + 1, raw: raw)
            }
            builder.add(result)
        }
        if row.count > layout.width {
            let extra = (layout.width..<row.count).filter { !row.isBlank($0) }
            if let first = extra.first {
                builder.diagnose(
                    .warning, .raggedRow,
                    "\(row.count) fields, the header has \(layout.width); the \(extra.count) filled extra fields are not read",
                    line: row.line(ofField: first), column: first + 1)
            }
        }
    }

    private typealias PersonKey = ColumnRules.PersonKey

    /// A trimmed cell, `nil` when blank or absent.
    private func value(_ row: CSVRow, _ index: Int?) -> String? {
        guard let index, !row.isBlank(index) else { return nil }
        return row[index].trimmedCell
    }

    /// One note for the letter ratings and one for the marks with `+`/`−`, at the first of each.
    func summarise(into builder: inout GradebookBuilder) { notes.summarise(into: &builder) }

    /// The student's name from the full-name column or the separate columns.
    private func personName(_ row: CSVRow) -> PersonName {
        if let full = value(row, layout.name) {
            switch profile.columns.nameOrder {
            case .surnameFirst: return PersonName(fullName: full)
            case .givenFirst:
                var words = full.split(whereSeparator: \.isWhitespace).map(String.init)
                guard words.count > 1 else { return PersonName(familyName: full) }
                let surname = words.removeLast()
                let given = words.removeFirst()
                return PersonName(
                    familyName: surname, givenName: given,
                    patronymic: words.isEmpty ? nil : words.joined(separator: " "))
            }
        }
        return PersonName(
            familyName: value(row, layout.surname), givenName: value(row, layout.givenName),
            patronymic: value(row, layout.patronymic))
    }
}
